#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace AssertDesk::Contract {

// One attribute of a response record (or one element of an array attribute), typed by its
// value_type. A value_type Assert Desk does not know, or a value of an unexpected shape, is kept
// as Generic with its JSON: shown, never dropped.
struct TypedValue
{
    enum class Kind {
        Null,
        Text, // uuid, string, email, phone_number, enum, long_text, url, select...
        Timestamp,
        Boolean,
        Number,
        Address,
        Stage,
        Reference,
        ContactEmail,
        ContactPhoneNumber,
        FormSubmission,
        Currency,
        List, // an array of envelopes
        Generic,
    };

    QString name;      // attribute name, or "[i]" inside a list
    QString valueType; // exactly as the server sent it (may be empty)
    Kind kind = Kind::Generic;
    QJsonValue value;        // the value as parsed (the envelope itself when it was not an envelope)
    QString literal;         // the number exactly as written, when a double cannot hold it
    QString pointer;         // JSON pointer into the response body
    QString note;            // why it is Generic, when it is not simply an unknown type
    QList<TypedValue> items; // a List's elements, when built eagerly

    // A List's elements, whether built eagerly or read from `value` on demand.
    qsizetype count() const;
    TypedValue item(qsizetype i) const;

    // The value as a person reads it; timestamps in UTC.
    QString display() const;
    QDateTime timestamp() const; // for Kind::Timestamp; invalid otherwise
    bool isPrimary() const;      // for contact email and phone rows
    QString stageColor() const;  // "#6966FF" for a stage with a colour

    // `eagerLists`: build every element of an array now; otherwise elements are typed on demand
    // (a 10 MB list then costs nothing until someone looks at it).
    static TypedValue fromEnvelope(const QString &name, const QJsonValue &envelope, const QString &pointer,
                                   bool eagerLists = true);
    static Kind kindFor(const QString &valueType);
};

} // namespace AssertDesk::Contract
