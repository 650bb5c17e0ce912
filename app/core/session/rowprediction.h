#pragma once

#include "fieldchange.h"
#include "matchprediction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace AssertDesk::Session {

// What sending one row of a batch would do, as its preview found it.
struct RowPrediction
{
    enum class Kind {
        Create,      // no contact holds the address
        Update,      // one contact holds it, and the row changes some of its fields
        Unchanged,   // one contact holds it, and the row would change nothing
        Ambiguous,   // several contacts hold it
        Unavailable, // the server could not be asked, or its answer could not be read (see reason)
    };

    qint64 line = 0;
    Kind kind = Kind::Unavailable;
    QString contactId; // update and unchanged
    QString contactName;
    QString matchedOn; // the contact's stored address the row's key matched
    // For an update: the fields that change (derived ones too: display_name, primary_email ...).
    QList<Contract::FieldChange> changes;
    QList<Contract::MatchPrediction::Candidate> candidates; // ambiguous
    QString reason;   // unavailable; for an update whose fields could not be compared, why
    QDateTime readAt; // when the server answered for this row

    static QString kindName(Kind kind); // create, update, unchanged, ambiguous, unavailable
    QString kindName() const { return kindName(kind); }
    // What a person reads beside the kind: "Sarah Chen (c_1) on sarah@acme.example: title, stage"
    // for an update, the contacts of an ambiguous row, the reason a row is unavailable; empty for a create.
    QString detail() const;
    // {"line", "prediction", "contact_id", "contact_name", "matched_on", "read_at", "changes",
    //  "candidates", "reason"} (the last three when they say something).
    QJsonObject toJson() const;
};

} // namespace AssertDesk::Session

Q_DECLARE_METATYPE(AssertDesk::Session::RowPrediction)
