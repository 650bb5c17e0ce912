#pragma once

#include <QtGlobal>

namespace AssertDesk::Sandbox {

// What one client may cost the sandbox. The defaults fit any assert or query a person or a batch
// sends (an assert is a few KB) with room to spare; the command line can change each one.
struct ServerLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // larger: 413, answered before the body is read
    int maxHeaderBytes = 16 * 1024;    // request line and headers together; larger: 431
    int maxHeaderLines = 100;          // more header lines: 431
    int idleTimeoutMs = 30000;         // a connection (or a TLS handshake) silent this long is closed
    int maxConnections = 256;          // one more is answered 503 with Retry-After and closed
};

} // namespace AssertDesk::Sandbox
