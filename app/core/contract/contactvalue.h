#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace AssertDesk::Contract {

// A contact attribute's value brought to one form, so that what a request says and what a record
// holds can be compared and written back. Records carry envelopes ({value, value_type}; a list is
// a list of envelopes) and requests carry either; a stage reads as an object but is written as its
// api_name, a reference reads as {related_record_id, ...} but is written as the id, an email row
// reads with an id the request never has.
namespace ContactValue {

// The value inside an envelope (each element's, for a list); anything else as it is.
QJsonValue unwrapped(const QJsonValue &value);
// The value as a request writes it: unwrapped, a stage as its api_name, a reference as its id,
// email and phone rows as {email|phone_number, is_primary, labels}. Null for an absent value.
QJsonValue writeForm(const QString &field, const QJsonValue &value);
// Null, absent, blank text, an empty list, or an object whose members are all empty.
bool isEmpty(const QJsonValue &value);
// Both in write form. Emails, phone numbers and ids compare trimmed and without regard to case;
// rows of contact_emails and contact_phone_numbers as sets, by address or number; empty equals empty.
bool same(const QString &field, const QJsonValue &a, const QJsonValue &b);
// For contact_emails and contact_phone_numbers: the key a row is known by ("email" or
// "phone_number"); empty for other fields.
QString rowKey(const QString &field);
// A row's address or number, trimmed and in lower case: how rows are told apart.
QString rowIdentity(const QJsonValue &row, const QString &key);
// The rows of `from` whose address or number is not among the rows of `other`.
QJsonArray rowsMissingFrom(const QJsonArray &from, const QJsonArray &other, const QString &key);
// One line for a person: text as it is, "(empty)", lists of rows as "a@x.example (primary), ...".
QString display(const QJsonValue &value);

} // namespace ContactValue
} // namespace AssertDesk::Contract
