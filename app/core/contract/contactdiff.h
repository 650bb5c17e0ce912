#pragma once

#include "fieldchange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AssertDesk::Contract {

// What an assert would do to a contact, field by field: every attribute of the request with the
// value the contact has and the value it will have, and the fields that change with them as the
// contract states (display_name, the primary fields, the match address on a create). Both sides
// may hold raw values or envelopes. Pure and quick: a 46-field record takes well under a
// millisecond (tests/bench/benchdiff prints the figure).
class ContactDiff final
{
public:
    // `record`: the contact's "attributes" as read (envelopes); empty for a create. `matchValue`:
    // the address of the match key, which a create adds to contact_emails.
    static QList<FieldChange> compare(const QJsonObject &requestAttributes, const QJsonObject &record,
                                      const QString &matchValue = {}, bool creating = false);
    // One field's change, its kind worked out from the two values (in write form).
    static FieldChange change(const QString &field, const QJsonValue &before, const QJsonValue &after);
    // One sentence for a confirmation: how many fields change and how ("3 fields change: 1 set,
    // 2 changed; 1 unchanged; contact_emails: 1 added, 1 removed; also display_name").
    static QString summary(const QList<FieldChange> &changes);
    static QJsonArray toJson(const QList<FieldChange> &changes);
};

} // namespace AssertDesk::Contract
