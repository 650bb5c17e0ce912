#pragma once

#include "randomfaults.h"
#include "serverlimits.h"

#include <QString>
#include <QStringList>

namespace AssertDesk::Sandbox {

struct SandboxOptions
{
    QStringList keys;                     // full access
    QStringList readOnlyKeys;             // 403 on writes
    bool faults = false;                  // honour the X-Sandbox-Fault request header
    int rateLimit = 0;                    // requests per second for each key; 0 = unlimited
    QString dataFile;                     // SQLite file; empty = memory only
    int seed = 0;                         // contacts to create when the store is empty
    QList<RandomFaults::Rate> faultRates; // met at random by assert requests
    quint32 faultSeed = 0;                // seeds the draws of faultRates
    ServerLimits limits;
};

} // namespace AssertDesk::Sandbox
