#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace AssertDesk::Ui {

// The window's one rule for times: local time with its zone written beside it ("29.11.26 14:03
// CET"), so a time read off the screen is never taken for the server's UTC; the exact UTC instant
// goes in the tooltip.
class LocalTime final
{
public:
    LocalTime() = delete;

    // Date and time in the user's locale and zone.
    static QString text(const QDateTime &at);
    // The time of day to the second, for what happened today ("14:03:07 CET").
    static QString clock(const QDateTime &at);
    // Today's times as clock() to the minute, others as text().
    static QString recent(const QDateTime &at);
    // For a tooltip: the instant in UTC, to the millisecond.
    static QString utc(const QDateTime &at);
};

} // namespace AssertDesk::Ui
