#pragma once

#include <QString>

namespace AssertDesk::Session {

// A request being written: the body exactly as the user left it (JSON that may not parse yet)
// and where it came from. Never a key: a request body carries none, and nothing else is kept.
struct Draft
{
    enum class Origin {
        Own,     // started empty by the user
        Copy,    // "Edit and re-send" of a past assert
        Example, // the example loaded on purpose
    };

    QString body;
    Origin origin = Origin::Own;
    qint64 historyId = 0; // Copy: the history entry it was copied from
    // Changed since it was started: only then is it work that must not be lost (an untouched
    // copy is in the history, an untouched example or empty request can be had again).
    bool edited = false;

    friend bool operator==(const Draft &, const Draft &) = default;
};

} // namespace AssertDesk::Session
