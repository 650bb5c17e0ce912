// What a phone number check costs: the first in a process, which loads the phone number module
// (libphonenumber with protobuf and abseil) and libphonenumber's metadata (GetInstance() builds
// every country's plan), and each one after it. The window, the CLI and the sandbox do that on
// their first phone check, never at start-up; run.sh prints the figures beside the start-up
// ones (with $ASSERTDESK_PHONENUMBERS_MODULE set: this program is not in bin/). Prints
// microseconds: first check, median check after it.
#include "phonenumbers.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using AssertDesk::Contract::PhoneNumbers;

int main()
{
    if (PhoneNumbers::metadataLoaded()) {
        std::fprintf(stderr, "bench_phonenumbers: libphonenumber was loaded before the first check\n");
        return 1; // the figure would be wrong, and so would start-up
    }
    QElapsedTimer clock;
    clock.start();
    const bool firstValid = PhoneNumbers::read(QStringLiteral("(415) 555-1234"), QStringLiteral("US")).isValid();
    const qint64 firstNs = clock.nsecsElapsed();
    if (!firstValid) {
        std::fprintf(stderr, "bench_phonenumbers: no libphonenumber (set $ASSERTDESK_PHONENUMBERS_MODULE)\n");
        return 1;
    }
    // Each number once: a reading is kept, and a number read again costs a lookup, not a read.
    const QStringList shapes {QStringLiteral("+1 415 555 %1"), QStringLiteral("030 1234%1"),
                              QStringLiteral("1-800-FLO%1"),   QStringLiteral("415-555-%1 x123"),
                              QStringLiteral("1%1"),           QStringLiteral("+44 20 7946 %1")};
    std::vector<qint64> after;
    for (int round = 0; round < 200; ++round) {
        for (const QString &shape : shapes) {
            const QString t = shape.arg(1000 + round);
            clock.restart();
            (void)PhoneNumbers::read(t, round % 2 ? QStringLiteral("DE") : QStringLiteral("US"));
            after.push_back(clock.nsecsElapsed());
        }
    }
    std::sort(after.begin(), after.end());
    std::printf("%lld\t%lld\n", firstNs / 1000, after.at(after.size() / 2) / 1000);
    return 0;
}
