#pragma once

#include <QString>

namespace AssertDesk::Ui {

// The region the window reads a phone number written without +country code in, kept in the
// app's settings (View › Phone number region). Not chosen, it follows the system's locale, as the
// CLI's --region does by default, so the window and the CLI judge a number alike.
class PhoneRegionSetting final
{
public:
    // The chosen region (ISO code), or empty: follow the system's locale.
    static QString chosen();
    static void choose(const QString &region);
    // The region in force: the chosen one, or the system locale's (empty when it has none).
    static QString current();
};

} // namespace AssertDesk::Ui
