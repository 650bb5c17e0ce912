#include "localtime.h"

namespace AssertDesk::Ui {

namespace {

QString withZone(const QString &shown, const QDateTime &local)
{
    const QString zone = local.timeZoneAbbreviation();
    return zone.isEmpty() ? shown : shown + QLatin1Char(' ') + zone;
}

} // namespace

QString LocalTime::text(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return withZone(QLocale().toString(local, QLocale::ShortFormat), local);
}

QString LocalTime::clock(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return withZone(local.toString(QStringLiteral("HH:mm:ss")), local);
}

QString LocalTime::recent(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() != QDate::currentDate())
        return text(at);
    return withZone(QLocale().toString(local.time(), QLocale::ShortFormat), local);
}

QString LocalTime::utc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

} // namespace AssertDesk::Ui
