#pragma once

#include "serverlimits.h"

#include <QString>
#include <QStringList>

namespace AssertDesk::Sandbox {

struct SandboxOptions
{
    QStringList keys;         // full access
    QStringList readOnlyKeys; // 403 on writes
    bool faults = false;      // honour the X-Sandbox-Fault request header
    int rateLimit = 0;        // requests per second; 0 = unlimited
    QString dataFile;         // SQLite file; empty = memory only
    int seed = 0;             // contacts to create when the store is empty
    ServerLimits limits;
};

} // namespace AssertDesk::Sandbox
