#pragma once

#include <QString>

namespace AssertDesk::Session {

struct MatchPreview;

// What reading a row back found, for a row of a batch whose outcome is not known (a lost answer,
// a crash in flight): did its write land? `check` is what the history keeps (landed, not_landed,
// unchecked).
struct ReadBackVerdict
{
    QString check;
    QString contactId;
    bool noContact = false; // no contact has the row's address at all

    // The contact the row's address names holds every field as the row writes it: landed. No
    // contact has the address, or a field differs: not landed. The server could not be read:
    // unchecked.
    static ReadBackVerdict of(const MatchPreview &preview);

    bool landed() const { return check == QLatin1String("landed"); }
    // What a person reads beside the row.
    QString describe() const;
};

} // namespace AssertDesk::Session
