#pragma once

#include <QStringList>

namespace AssertDesk::Contract {

// The contact stages a workspace starts with, by the API name a request writes (`"stage":
// "working"`): offered by the stage editor, which still takes any other name a workspace added.
class KnownStages final
{
public:
    static QStringList apiNames();
};

} // namespace AssertDesk::Contract
