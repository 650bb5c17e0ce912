#pragma once

#include <QString>

namespace AssertDesk::Test {

// Waits (pumping events) until the history database at `path` holds exactly one row still in
// flight: the intent row a send commits before its request leaves. Reads the file read-only,
// as another process would. False when it never appeared within `timeoutMs`.
bool waitForInFlightRow(const QString &path, int timeoutMs = 20000);

} // namespace AssertDesk::Test
