#pragma once

#include "profilestore.h"

namespace AssertDesk::Session {

// Which profile the window shows when the one it would show is not there: at start (the last
// one used was removed or renamed elsewhere) and when the current one goes away.
class ProfileFallback final
{
public:
    // `wanted` if there is a profile of exactly that name; else someone with an account of their
    // own gets their first account, not the sandbox; else the first profile (the sandbox).
    static QString choose(const Profiles::ProfileStore &store, const QString &wanted);
    // With no account configured, the first thing a new user sees is the working sandbox.
    static bool startOnSandbox(const Profiles::ProfileStore &store, bool sandboxAsked);
};

} // namespace AssertDesk::Session
