#pragma once

#include <QLabel>

namespace AssertDesk::Secrets {
class KeyVault;
}

namespace AssertDesk::Ui {

// In the status bar once a key is kept in memory only (the keychain could not take it): says so,
// and why in its tooltip. Hidden until then.
class KeyWarningLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyWarningLabel)

public:
    // keys null: never shown.
    explicit KeyWarningLabel(Secrets::KeyVault *keys, QWidget *parent = nullptr);
};

} // namespace AssertDesk::Ui
