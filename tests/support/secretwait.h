#pragma once

#include "secretstore.h"

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

namespace AssertDesk::Test {

// Runs one keychain operation to its answer (or 20 s), keeping the event loop going meanwhile.
inline Core::SecretResult waitForSecret(const std::function<void(Core::SecretStore::Callback)> &op)
{
    Core::SecretResult out;
    bool done = false;
    op([&](const Core::SecretResult &r) {
        out = r;
        done = true;
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done)
        out = {Core::SecretResult::Status::Other, {}, QStringLiteral("the keychain did not answer within 20 s")};
    return out;
}

} // namespace AssertDesk::Test
