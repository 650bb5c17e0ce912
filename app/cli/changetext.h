#pragma once

#include "fieldchange.h"

#include <QList>
#include <QString>

namespace AssertDesk::Cli {

// A field diff for a terminal, one line per field: "  title  change  CTO -> VP of Engineering";
// for a list its rows added (+) and removed (-); "(follows)" on what changes with the fields
// written. Every value is made visible (Contract::visibleText): a server's line break or escape
// sequence never starts a line of its own.
QString changeText(const QList<Contract::FieldChange> &changes);

} // namespace AssertDesk::Cli
