#pragma once

#include "fieldchange.h"
#include "matchprediction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace AssertDesk::Session {

// What a preview found for one request: which contact its match key identifies (and when that
// was read), the contact as read, and what the assert would do to it field by field.
struct MatchPreview
{
    QByteArray body;                      // the request previewed, as given
    Contract::MatchPrediction prediction; // its readAt() says when the server was asked
    // The matched contact as read ({id, attributes, ...}), for an update: the before-state.
    QJsonObject before;
    // For an update, every attribute of the request and what changes with them; for a create, the
    // fields it sets; empty otherwise (and when the contact could not be read: see diffProblem).
    QList<Contract::FieldChange> changes;
    QString diffProblem; // why there is no diff for an update
    int requests = 0;    // how many requests it took: at most two

    bool isMade() const { return prediction.isMade(); }
    // One sentence for a confirmation (Contract::ContactDiff::summary), empty without changes.
    QString summary() const;
    // {"prediction", "contact_id", "matched_on", "read_at", "candidates", "changes", ...}
    QJsonObject toJson() const;
};

} // namespace AssertDesk::Session

Q_DECLARE_METATYPE(AssertDesk::Session::MatchPreview)
