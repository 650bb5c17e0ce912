#include "contactchange.h"

#include "contactdiff.h"

#include <QJsonDocument>

namespace AssertDesk::History {

ContactChange ContactChange::fromRecord(const HistoryRecord &record)
{
    ContactChange c;
    c.record = record;
    const bool created = record.action == QLatin1String("created");
    // A before-state of another contact than the one updated (the send surprised) says nothing.
    const QString readId = record.beforeState.value(QLatin1String("id")).toString();
    const bool otherContact = !record.contactId.isEmpty() && !readId.isEmpty() && readId != record.contactId;
    const QJsonObject before = created || otherContact ? QJsonObject() : record.beforeState;
    c.beforeKnown = created || !before.isEmpty();
    const QJsonObject body = QJsonDocument::fromJson(record.requestBody).object();
    c.changes = Contract::ContactDiff::compare(body.value(QLatin1String("attributes")).toObject(),
                                               before.value(QLatin1String("attributes")).toObject(), record.matchValue,
                                               created);
    return c;
}

QStringList ContactChange::changedFields() const
{
    QStringList out;
    for (const Contract::FieldChange &f : changes)
        if (f.changes())
            out << f.field;
    return out;
}

} // namespace AssertDesk::History
