#pragma once

#include "profile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace AssertDesk::Session {
class ProfileService;
}

namespace AssertDesk::Ui {

// Add, change and remove profiles: a name, the API base URL, whether it is production, and how
// long to wait for an answer. The keys are set apart, in the API key dialog; a renamed or removed
// profile's key goes with it (the ProfileService does the work).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(Session::ProfileService *profiles, const QString &current, QWidget *parent = nullptr);

    QString errorText() const;
    QString selectedProfile() const;

Q_SIGNALS:
    void profilesChanged();

private:
    void reload(const QString &select);
    void showProfile();
    void save();
    void addNew();
    void remove();
    Profiles::Profile edited() const;
    void saved(const QString &name);

    Session::ProfileService *m_profiles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QCheckBox *m_production;
    QSpinBox *m_timeout;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace AssertDesk::Ui
