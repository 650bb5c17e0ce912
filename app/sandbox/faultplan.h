#pragma once

#include <QByteArray>
#include <QString>

namespace AssertDesk::Sandbox {

// What a request asked to go wrong, from its X-Sandbox-Fault header (only with --faults):
// comma-separated items such as "delay=1500", "429", "retry-after=3", "500", "502", "503",
// "drop", "redirect=307", "location=http://...", "trickle", "trickle-ms=50", "oversize=64",
// "hold=2000".
struct FaultPlan
{
    int delayMs = 0;
    int status = 0;              // 429, 500, 502 or 503 answered instead of the real answer
    QByteArray retryAfter = "1"; // with 429: seconds, or an HTTP date as given
    bool drop = false;           // the request is carried out, then the connection closes unanswered
    int redirect = 0;            // 301, 302 or 307 to another origin
    QByteArray location;         // where the redirect points; default: same path on http://localhost
    int trickleMs = 0;           // body sent in small pieces this far apart
    int oversizeMb = 0;          // answer with a valid body this large
    // The request is carried out only this long after it arrived (the other connections are served
    // meanwhile): a test changes the contacts between a client's preview and its write.
    int holdMs = 0;

    static FaultPlan parse(const QByteArray &header, QString *error);
    bool isEmpty() const { return !delayMs && !status && !drop && !redirect && !trickleMs && !oversizeMb && !holdMs; }
};

} // namespace AssertDesk::Sandbox
