#include "phoneregionsetting.h"

#include "phonenumbers.h"

#include <QSettings>

namespace AssertDesk::Ui {

namespace {

QString key()
{
    return QStringLiteral("phone/region");
}

} // namespace

QString PhoneRegionSetting::chosen()
{
    return QSettings().value(key()).toString().trimmed().toUpper();
}

void PhoneRegionSetting::choose(const QString &region)
{
    QSettings settings;
    if (region.trimmed().isEmpty())
        settings.remove(key());
    else
        settings.setValue(key(), region.trimmed().toUpper());
}

QString PhoneRegionSetting::current()
{
    const QString region = chosen();
    return region.isEmpty() ? Contract::PhoneNumbers::systemRegion() : region;
}

} // namespace AssertDesk::Ui
