#include "emailmatch.h"

namespace AssertDesk::Sandbox {

bool EmailMatch::isEmailField(const QString &field)
{
    return field == QLatin1String("contact_emails") || field == QLatin1String("email")
        || field == QLatin1String("primary_email");
}

} // namespace AssertDesk::Sandbox
