#pragma once

#include <QDialog>

class QComboBox;

namespace AssertDesk::Ui {

// View › Phone number region: which country a phone number written without +country code
// belongs to, or the system's locale.
class PhoneRegionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneRegionDialog)

public:
    // `chosen`: the region chosen so far, empty for the system's locale.
    PhoneRegionDialog(const QString &chosen, QWidget *parent);
    // The region picked (ISO code), empty for the system's locale.
    QString chosen() const;

private:
    QComboBox *m_regions;
};

} // namespace AssertDesk::Ui
