#pragma once

#include "appservices.h"
#include "profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace AssertDesk::Session {
class KeyService;
}

namespace AssertDesk::Ui {

// A profile's API key: set or replace it (typed masked), test it against the server without
// changing data, or forget it. Only the last four characters are ever shown. A view: the
// KeyService does the work.
class KeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDialog)

public:
    KeyDialog(const AppServices &services, const Profiles::Profile &profile, QWidget *parent = nullptr);

    QString statusText() const;

private:
    void refresh();
    void showSaved(const QString &text);
    void save();
    void test();
    void forget();
    void setStatus(const QString &text);
    void checkTyped();

    Session::KeyService *m_keys;
    Profiles::Profile m_profile;
    QLabel *m_saved;
    QLineEdit *m_key;
    QLabel *m_keyProblem; // under the field: why the typed key cannot be saved
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_forget;
};

} // namespace AssertDesk::Ui
