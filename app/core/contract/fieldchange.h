#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace AssertDesk::Contract {

// What one assert does to one field of a contact: the value before (as the contact was read) and
// after (as the request writes it), both in write form (ContactValue::writeForm).
struct FieldChange
{
    enum class Kind {
        Set,     // empty before, a value after
        Change,  // one value for another
        Clear,   // a value before, empty after
        Same,    // written, but to the value it has
        Replace, // contact_emails or contact_phone_numbers: the list is replaced (see added/removed)
    };

    QString field;
    QJsonValue before = QJsonValue::Null;
    QJsonValue after = QJsonValue::Null;
    Kind kind = Kind::Same;
    // Not written by the request but changed by what it writes, as the contract states:
    // display_name follows first and last name, the primary row of a list is the primary field,
    // the primary email is one of contact_emails.
    bool derived = false;
    // For contact_emails and contact_phone_numbers: the rows that appear and the rows that go,
    // told apart by address or number (trimmed, without regard to case).
    QJsonArray added;
    QJsonArray removed;

    static QString kindName(Kind kind); // set, change, clear, same, replace
    QString kindName() const { return kindName(kind); }
    bool changes() const { return kind != Kind::Same; }
    // {"field", "before", "after", "kind"}, with "derived", "added" and "removed" when they say something.
    QJsonObject toJson() const;
};

} // namespace AssertDesk::Contract
