#pragma once

#include "secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

#include <functional>

namespace AssertDesk::Test {

// The keychain service a test writes under: its own, so a test run outside scripts/test.sh
// never reads, overwrites or forgets the "assertdesk" keys of the person running it.
inline QString testKeychainService()
{
    return QStringLiteral("assertdesk-test-%1").arg(QCoreApplication::applicationPid());
}

// Runs one keychain operation to its answer (or 20 s), keeping the event loop going meanwhile.
inline Secrets::SecretResult waitForSecret(const std::function<void(Secrets::SecretStore::Callback)> &op)
{
    Secrets::SecretResult out;
    bool done = false;
    op([&](const Secrets::SecretResult &r) {
        out = r;
        done = true;
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done)
        out = {Secrets::SecretResult::Status::Other, {}, QStringLiteral("the keychain did not answer within 20 s")};
    return out;
}

} // namespace AssertDesk::Test
