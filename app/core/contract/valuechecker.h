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
    // Phone numbers written without +country code are read as numbers of the system locale's region.
    static void check(const FieldSpec &field, const QJsonValue &value, const QString &pointer, ValidationProblems &out);
    // Phone numbers written without +country code are read as numbers of `phoneRegion` (an ISO
    // code such as "US"; empty for none, when only numbers written with + can be valid).
    static void check(const FieldSpec &field, const QJsonValue &value, const QString &pointer, ValidationProblems &out,
                      const QString &phoneRegion);

    static bool isValidEmail(const QString &email);
    static bool isUuid(const QString &text);
    static bool isValidUrl(const QString &text);
    // Whether libphonenumber finds a valid number in `text`, read with the system locale's region.
    static bool isValidPhone(const QString &text);
    static bool isValidPhone(const QString &text, const QString &region);
    // Written exactly in E.164 form: + and up to 15 digits, no separators.
    static bool isE164(const QString &text);
    // One phone number (already trimmed): an error naming the field and what was typed when it
    // cannot be a valid number, the phone_not_e164 warning with its E.164 form when it is valid
    // but written otherwise; phone_not_checked, a warning, when libphonenumber could not be loaded.
    static void checkPhone(const QString &label, const QString &text, const QString &pointer,
                           const QString &phoneRegion, ValidationProblems &out);
    // Whether text starts or ends with white space (what checkWhitespace() warns of).
    static bool hasSurroundingSpace(const QString &text);
    // Leading or trailing white space: a warning, since the server may keep it.
    static void checkWhitespace(const FieldSpec &field, const QString &text, const QString &pointer,
                                ValidationProblems &out);

private:
    static void checkContactList(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                                 const QString &phoneRegion, ValidationProblems &out);
    static void checkReference(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                               ValidationProblems &out);
    static void checkAddress(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                             ValidationProblems &out);
};

} // namespace AssertDesk::Contract
