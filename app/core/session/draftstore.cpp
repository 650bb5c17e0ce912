#include "draftstore.h"

#include "sessionlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace AssertDesk::Session {

namespace {

constexpr int formatVersion = 1;
constexpr int defaultSaveDelayMs = 500;
// A draft is text someone typed; anything far larger is not a draft this app wrote.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

QString originName(Draft::Origin origin)
{
    switch (origin) {
    case Draft::Origin::Copy: return QStringLiteral("copy");
    case Draft::Origin::Example: return QStringLiteral("example");
    case Draft::Origin::Own: break;
    }
    return QStringLiteral("own");
}

QJsonObject toJson(const Draft &draft)
{
    return {{QStringLiteral("body"), draft.body},
            {QStringLiteral("origin"), originName(draft.origin)},
            {QStringLiteral("historyId"), draft.historyId},
            {QStringLiteral("edited"), draft.edited}};
}

std::optional<Draft> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("body")).isString())
        return std::nullopt;
    Draft d;
    d.body = o.value(QLatin1String("body")).toString();
    const QString origin = o.value(QLatin1String("origin")).toString();
    d.origin = origin == QLatin1String("copy") ? Draft::Origin::Copy
        : origin == QLatin1String("example")   ? Draft::Origin::Example
                                               : Draft::Origin::Own;
    d.historyId = o.value(QLatin1String("historyId")).toInteger();
    d.edited = o.value(QLatin1String("edited")).toBool();
    return d;
}

} // namespace

DraftStore::DraftStore(QString file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
    m_save.setSingleShot(true);
    m_save.setInterval(defaultSaveDelayMs);
    connect(&m_save, &QTimer::timeout, this, [this] {
        if (!write())
            Q_EMIT saveFailed(m_error);
    });
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("draft.json"));
}

bool DraftStore::load(QString *error)
{
    if (m_file.isEmpty() || !QFileInfo::exists(m_file))
        return true;
    const QJsonObject root = readFile(error);
    const auto current = fromJson(root.value(QLatin1String("current")));
    if (!current) {
        if (error->isEmpty())
            *error = tr("The saved draft %1 holds no request.").arg(QDir::toNativeSeparators(m_file));
        // Kept for whoever wants to look, and out of the way of the next save.
        const QString aside = m_file + QStringLiteral(".unreadable");
        QFile::remove(aside);
        QFile::rename(m_file, aside);
        qCWarning(lcSession).noquote() << *error;
        return false;
    }
    m_current = *current;
    m_setAside = fromJson(root.value(QLatin1String("setAside")));
    m_hasDraft = true;
    Q_EMIT changed();
    return true;
}

QJsonObject DraftStore::readFile(QString *error) const
{
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("The saved draft %1 could not be read: %2").arg(QDir::toNativeSeparators(m_file), in.errorString());
        return {};
    }
    if (in.size() > maxFileSize) {
        *error = tr("The saved draft %1 is too large to be one.").arg(QDir::toNativeSeparators(m_file));
        return {};
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject())
        *error
            = tr("The saved draft %1 is damaged: %2").arg(QDir::toNativeSeparators(m_file), parseError.errorString());
    return doc.object();
}

void DraftStore::edit(const QString &body)
{
    m_hasDraft = true;
    if (body == m_current.body)
        return;
    m_current.body = body;
    m_current.edited = true;
    scheduleSave();
}

std::optional<Draft> DraftStore::discardedByStart() const
{
    if (m_current.edited && m_setAside)
        return m_setAside;
    return std::nullopt;
}

void DraftStore::start(Draft draft)
{
    if (m_current.edited)
        m_setAside = m_current;
    m_current = std::move(draft);
    m_hasDraft = true;
    scheduleSave();
    Q_EMIT changed();
}

bool DraftStore::back()
{
    if (!m_setAside)
        return false;
    const Draft leaving = m_current;
    m_current = *m_setAside;
    m_setAside.reset();
    if (leaving.edited)
        m_setAside = leaving;
    scheduleSave();
    Q_EMIT changed();
    return true;
}

void DraftStore::scheduleSave()
{
    m_dirty = true;
    if (!m_file.isEmpty())
        m_save.start();
}

bool DraftStore::flush()
{
    m_save.stop();
    return !m_dirty || write();
}

bool DraftStore::write()
{
    if (m_file.isEmpty()) {
        m_dirty = false;
        return true;
    }
    const QFileInfo info(m_file);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("The draft could not be saved: the folder %1 cannot be made.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QJsonObject root {{QStringLiteral("format"), formatVersion}, {QStringLiteral("current"), toJson(m_current)}};
    if (m_setAside)
        root.insert(QStringLiteral("setAside"), toJson(*m_setAside));
    // Written to a temporary file and renamed over the old one: a crash or a full disk leaves
    // the last good draft, never half of one.
    QSaveFile out(m_file);
    const bool ok = out.open(QIODevice::WriteOnly)
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && out.commit();
    if (!ok) {
        m_error = tr("The draft could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_file), out.errorString());
        qCWarning(lcSession).noquote() << m_error;
        return false;
    }
    m_dirty = false;
    m_error.clear();
    return true;
}

} // namespace AssertDesk::Session
