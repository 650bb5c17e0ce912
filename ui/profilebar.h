#pragma once

#include "profile.h"

#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;

namespace AssertDesk::Profiles {
class ProfileStore;
}

namespace AssertDesk::Ui {

// The row above the panes: which profile requests go to, and buttons for the actions used most.
// It keeps a profile shown while it exists and remembers the last one across runs.
class ProfileBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileBar)

public:
    explicit ProfileBar(Profiles::ProfileStore *profiles, QWidget *parent = nullptr);

    void addButton(QAction *action);
    // Lists the profiles again: the one shown stays if it still exists (the first time: the one
    // used last); otherwise ProfileFallback chooses.
    void reload();
    void select(const QString &name);
    // The built-in sandbox when nothing is chosen.
    Profiles::Profile current() const;
    // For the next run's reload().
    void rememberCurrent() const;

Q_SIGNALS:
    void currentChanged();

private:
    Profiles::ProfileStore *m_store;
    QHBoxLayout *m_layout;
    QComboBox *m_profiles;
};

} // namespace AssertDesk::Ui
