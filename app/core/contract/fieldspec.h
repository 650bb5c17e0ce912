#pragma once

#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// How a writable field's value is written in a request; decides its editor and its checks.
enum class WriteShape {
    Text,
    Email,
    Phone,
    Boolean,
    Url,
    Address,
    Stage,
    Reference,
    ContactEmails,
    ContactPhoneNumbers,
    Number,
    Any, // a schema field whose type Assert Desk has no editor for: any JSON is passed through
};

struct FieldSpec
{
    QString name;  // API name, e.g. "first_name"
    QString label; // what a person reads, e.g. "First name"
    WriteShape shape = WriteShape::Any;
    QString valueType; // value_type in responses, e.g. "string", "contact_email"
    bool isArray = false;
    bool matchKey = false;  // can stand in the match block
    bool creatable = false; // may be written on the create branch
    bool updatable = false; // may be written on the update branch
    bool custom = false;    // learnt from a workspace schema, not built in
};

} // namespace AssertDesk::Contract
