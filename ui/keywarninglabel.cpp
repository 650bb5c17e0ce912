#include "keywarninglabel.h"
#include "notelabel.h"

#include "keyvault.h"

namespace AssertDesk::Ui {

KeyWarningLabel::KeyWarningLabel(Secrets::KeyVault *keys, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sessionKeyWarning"));
    paintNote(this, QColor(), QColor(0xb0, 0x60, 0x00), true, 0);
    hide();
    if (keys) {
        connect(keys, &Secrets::KeyVault::sessionOnlyChanged, this, [this](const QString &warning) {
            setText(tr("Key in memory only"));
            setToolTip(warning);
            show();
        });
    }
}

} // namespace AssertDesk::Ui
