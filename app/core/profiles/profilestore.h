#pragma once

#include "profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace AssertDesk::Profiles {

// Profiles kept in an INI file (the composition root names it, under XDG_CONFIG_HOME). The
// built-in "Reevo" and "Sandbox" profiles always exist; their settings can be changed but they
// cannot be removed.
class ProfileStore final
{
public:
    explicit ProfileStore(QString settingsFile);

    static QString defaultSettingsFile();
    static QString reevoName() { return QStringLiteral("Reevo"); }
    static QString sandboxName() { return QStringLiteral("Sandbox"); }

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    // True once the user added or changed a profile, i.e. has an account configured.
    bool hasUserProfile() const;

    // Adds or replaces. Returns false with a message for an unusable name or URL.
    bool save(const Profile &profile, QString *error);
    bool remove(const QString &name, QString *error);

    QString settingsFile() const { return m_file; }

private:
    QString m_file;
};

} // namespace AssertDesk::Profiles
