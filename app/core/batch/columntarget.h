#pragma once

#include "fieldcatalogue.h"

#include <QString>

#include <optional>

namespace AssertDesk::Batch {

// What one CSV column becomes in each row's request.
struct ColumnTarget
{
    enum class Kind {
        Unmapped,     // a header that names no field: not sent, reported
        Ignored,      // set aside on purpose (null in a map file)
        Field,        // a writable field: first_name, primary_email, stage, a schema's custom field
        AddressPart,  // address.city ...: one part of the address object
        ContactEmail, // email_1, email_2 ...: one row of contact_emails, the first the primary
        ContactPhone, // phone_1, phone_2 ...: one row of contact_phone_numbers, likewise
    };

    Kind kind = Kind::Unmapped;
    QString name;  // Field: its API name; AddressPart: the part, e.g. "city"
    int index = 0; // ContactEmail, ContactPhone: n in email_n (1 is the first)

    bool sends() const { return kind != Kind::Unmapped && kind != Kind::Ignored; }
    // As a header or a map file writes it: "first_name", "address.city", "email_2"; empty when
    // the column is not sent.
    QString text() const;
    // The request attribute it writes: "address" for a part, "contact_emails" for email_n.
    QString attribute() const;

    // A header or a map file's target, trimmed and in any case; nothing when it names no
    // writable field (an unknown name, or a read-only one such as id or display_name).
    static std::optional<ColumnTarget> parse(const QString &text, const Contract::FieldCatalogue &catalogue);

    friend bool operator==(const ColumnTarget &, const ColumnTarget &) = default;
};

} // namespace AssertDesk::Batch
