#pragma once

#include <QJsonObject>

namespace AssertDesk::Sandbox {

// How the sandbox shows a contact: every field of the vendor's example record, each as a
// {value, value_type} envelope (an array field as an array of envelopes), and the schema
// document that describes them.
namespace ContactRecord {

QJsonObject render(const QJsonObject &plain);
QJsonObject schemaDocument();

} // namespace ContactRecord
} // namespace AssertDesk::Sandbox
