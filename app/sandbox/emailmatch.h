#pragma once

#include <QString>

namespace AssertDesk::Sandbox {

// The one rule by which an address names a contact: the address trimmed and compared without
// regard to case (Unicode case folding), against every address in the contact's contact_emails.
// The assert's match, the store's index and _query's email filters (contact_emails and email,
// with eq, ne, in, not_in and the text operators) all go through it, so a _query made to preview
// an assert always names the contact the assert will touch.
class EmailMatch final
{
public:
    // What two addresses that name the same contact have in common.
    static QString key(const QString &email) { return email.trimmed().toCaseFolded(); }
    static bool same(const QString &a, const QString &b) { return key(a) == key(b); }
    // Whether a query or record field holds addresses (and so compares by key).
    static bool isEmailField(const QString &field);
};

} // namespace AssertDesk::Sandbox
