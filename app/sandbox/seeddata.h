#pragma once

#include <QJsonObject>
#include <QList>

namespace AssertDesk::Sandbox {

// Realistic contacts for learning and demos: several emails and phones each, stages, owners.
// The same count always gives the same people, so a tutorial can name them.
namespace SeedData {

QList<QJsonObject> contacts(int count);

} // namespace SeedData
} // namespace AssertDesk::Sandbox
