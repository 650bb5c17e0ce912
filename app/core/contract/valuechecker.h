#pragma once

#include "fieldspec.h"
#include "validationproblem.h"

#include <QJsonValue>
#include <QString>

namespace AssertDesk::Contract {

// Per-field value checks, by write shape. Shared by the request validator and the sandbox, so
// the client and the emulator judge a value the same way.
class ValueChecker final
{
public:
    static void check(const FieldSpec &field, const QJsonValue &value, const QString &pointer, ValidationProblems &out);

    static bool isValidEmail(const QString &email);
    static bool isUuid(const QString &text);
    static bool isValidUrl(const QString &text);
    // Digits only after removing the usual separators; 7 to 15 of them, one optional leading '+'.
    static bool isValidPhone(const QString &text);
    static bool isE164(const QString &text);
    // Leading or trailing white space: a warning, since the server may keep it.
    static void checkWhitespace(const FieldSpec &field, const QString &text, const QString &pointer,
                                ValidationProblems &out);

private:
    static void checkContactList(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                                 ValidationProblems &out);
    static void checkReference(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                               ValidationProblems &out);
    static void checkAddress(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                             ValidationProblems &out);
};

} // namespace AssertDesk::Contract
