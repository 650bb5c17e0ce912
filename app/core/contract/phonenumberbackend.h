#pragma once

#include "phonenumbers.h"

#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// What the phone number module offers PhoneNumbers once it is loaded: libassertdesk_phonenumbers.so,
// the one piece of Assert Desk that links libphonenumber (and through it protobuf and abseil).
// Loading those libraries costs every process about 4 ms and 2 MB before main() even starts, so
// they are loaded on the first phone number read instead (see phonenumbers.cpp).
struct PhoneNumberBackend
{
    // Bumped whenever this table changes, so a module left from another build is refused.
    static constexpr int currentVersion = 1;
    int version = currentVersion;
    // Builds libphonenumber's metadata (every country's numbering plan).
    void (*load)() = nullptr;
    PhoneNumbers::Reading (*read)(const QString &typed, const QString &defaultRegion) = nullptr;
    bool (*isKnownRegion)(const QString &region) = nullptr;
    QStringList (*knownRegions)() = nullptr;
};

} // namespace AssertDesk::Contract

// The module's one export, looked up by name.
extern "C" Q_DECL_EXPORT const AssertDesk::Contract::PhoneNumberBackend *assertdesk_phonenumber_backend();
