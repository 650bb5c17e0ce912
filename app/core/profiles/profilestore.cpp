#include "profilestore.h"

#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace AssertDesk::Profiles {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

QList<Profile> builtIns()
{
    Profile reevo;
    reevo.name = ProfileStore::reevoName();
    reevo.baseUrl = QUrl(QStringLiteral("https://api.reevo.ai/api/v2"));
    reevo.production = true;
    reevo.builtIn = true;
    Profile sandbox;
    sandbox.name = ProfileStore::sandboxName();
    sandbox.builtIn = true;
    return {sandbox, reevo};
}

// QSettings groups cannot hold every character; names are kept to what reads well anyway.
bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    return re.match(name).hasMatch();
}

} // namespace

ProfileStore::ProfileStore(QString settingsFile)
    : m_file(std::move(settingsFile))
{
}

QString ProfileStore::defaultSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/assertdesk/assertdesk.conf");
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out = builtIns();
    QSettings s(m_file, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = s.childGroups();
    for (const QString &group : groups) {
        s.beginGroup(group);
        Profile p;
        p.name = s.value(QStringLiteral("name"), group).toString();
        p.baseUrl = QUrl(s.value(QStringLiteral("base_url")).toString());
        p.production = s.value(QStringLiteral("production"), false).toBool();
        p.timeoutSeconds = s.value(QStringLiteral("timeout"), 30).toInt();
        s.endGroup();
        const auto existing = std::find_if(out.begin(), out.end(), [&](const Profile &b) { return b.name == p.name; });
        if (existing != out.end()) {
            // A built-in one the user adjusted: keep it built in.
            p.builtIn = true;
            if (existing->isSandbox())
                p.baseUrl = QUrl();
            *existing = p;
        } else {
            out << p;
        }
    }
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

bool ProfileStore::hasUserProfile() const
{
    QSettings s(m_file, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = s.childGroups();
    return std::any_of(groups.cbegin(), groups.cend(), [&](const QString &g) {
        return s.value(g + QStringLiteral("/name"), g).toString() != sandboxName();
    });
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (!validName(profile.name)) {
        *error = Tr::tr("\"%1\" cannot be a profile name: use letters, digits, spaces, dots, dashes or underscores "
                        "(up to 64).")
                     .arg(profile.name);
        return false;
    }
    const bool sandbox = profile.name.compare(sandboxName(), Qt::CaseInsensitive) == 0;
    if (!sandbox) {
        const QString problem = Net::EndpointPolicy::check(profile.baseUrl);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (profile.timeoutSeconds < 1 || profile.timeoutSeconds > 600) {
        *error = Tr::tr("The timeout must be from 1 to 600 seconds.");
        return false;
    }
    QSettings s(m_file, QSettings::IniFormat);
    const QString group = QStringLiteral("profiles/") + QString::fromLatin1(profile.name.toLower().toUtf8().toHex());
    s.setValue(group + QStringLiteral("/name"), profile.name);
    s.setValue(group + QStringLiteral("/base_url"), sandbox ? QString() : profile.baseUrl.toString());
    s.setValue(group + QStringLiteral("/production"), profile.production);
    s.setValue(group + QStringLiteral("/timeout"), profile.timeoutSeconds);
    s.sync();
    if (s.status() != QSettings::NoError) {
        *error = Tr::tr("Cannot write %1.").arg(m_file);
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    const auto p = profile(name);
    if (!p) {
        *error = Tr::tr("There is no profile \"%1\".").arg(name);
        return false;
    }
    if (p->builtIn) {
        *error = Tr::tr("\"%1\" is built in and cannot be removed.").arg(p->name);
        return false;
    }
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(QStringLiteral("profiles/") + QString::fromLatin1(p->name.toLower().toUtf8().toHex()));
    s.sync();
    return true;
}

} // namespace AssertDesk::Profiles
