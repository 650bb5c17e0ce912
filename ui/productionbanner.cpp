#include "productionbanner.h"
#include "notelabel.h"

namespace AssertDesk::Ui {

ProductionBanner::ProductionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("productionBanner"));
    paintNote(this, QColor(0xc5, 0x22, 0x1f), Qt::white, true, 6);
    hide();
}

void ProductionBanner::showProfile(const Profiles::Profile &profile)
{
    setText(tr("PRODUCTION — %1: sends change real contacts at %2").arg(profile.name, profile.baseUrl.host()));
    setVisible(profile.production);
}

} // namespace AssertDesk::Ui
