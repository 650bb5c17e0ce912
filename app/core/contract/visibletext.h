#pragma once

#include <QString>
#include <QStringView>

namespace AssertDesk::Contract {

// A server-supplied string made safe to print: every control character (C0, DEL, C1) and every
// bidirectional override is written out as an escape (\n, \r, \t, \u001b, \u202e), so a value
// cannot move the cursor, rewrite its own line, set a terminal's title, plant a link or reorder
// what is read. With `keepLineBreaks`, \n and \t stay as they are (for whole texts of our own
// layout, where the pieces from the server were made visible already).
QString visibleText(QStringView text, bool keepLineBreaks = false);

} // namespace AssertDesk::Contract
