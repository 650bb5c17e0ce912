#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// The inverse of a succeeded update: an assert on the same match key that writes each field the
// update changed back to the value it had before (an empty value as null, a list back to its
// rows). Built from what the history keeps (the request as sent, the contact as read just before
// sending); it is only a body for the form, never sent by itself. A create cannot be reverted:
// the API has no delete.
class RevertBuilder final
{
public:
    struct Result
    {
        QJsonObject body;   // {"match": <as sent>, "attributes": {...}}
        QStringList fields; // the attributes it writes back
        QString error;      // why there is nothing to revert
        bool ok() const { return error.isEmpty(); }
    };

    // `before`: the contact as read before sending, as a record ({id, attributes}) or its
    // attributes; `contactId`: the contact the update's answer named, which must be the one read.
    static Result build(const QByteArray &sentBody, const QString &outcome, const QString &action,
                        const QString &contactId, const QJsonObject &before);
    // Of the fields `revertBody` writes, those whose value now (`current`, a fresh preview's
    // before-state) is no longer the one the change set (`after`: the change's answer as the
    // history keeps it): someone changed them since, so writing them back would undo that too.
    // Answers ({"data": record}), records or attributes; envelopes or raw.
    static QStringList changedSince(const QJsonObject &revertBody, const QJsonObject &after,
                                    const QJsonObject &current);
    // `revertBody` without `fields` (those changed since, unless the user includes them); an error
    // when nothing would be left to write.
    static Result without(const QJsonObject &revertBody, const QStringList &fields);
};

} // namespace AssertDesk::Contract
