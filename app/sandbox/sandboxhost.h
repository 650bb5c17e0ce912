#pragma once

#include "sandboxserver.h"

#include <QString>
#include <QThread>
#include <QUrl>

namespace AssertDesk::Sandbox {

// Runs a sandbox inside the desktop app on a thread of its own, so serving it never competes
// with painting the window. Made for the first run: a session key, seeded contacts, loopback.
class SandboxHost final
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    // Blocks until the server listens (a few milliseconds) or failed.
    bool start(SandboxOptions options, QString *error);

    QUrl baseUrl() const { return m_baseUrl; }
    // The session key; held in memory only, never written anywhere.
    QString key() const { return m_key; }

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr; // lives in m_thread
    QUrl m_baseUrl;
    QString m_key;
};

} // namespace AssertDesk::Sandbox
