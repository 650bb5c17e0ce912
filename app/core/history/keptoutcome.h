#pragma once

#include "sendresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace AssertDesk::History {

// An answer the history could not record when it came (a full disk, a failing write), kept in a
// small file beside the history until the history can take it. The outcome, the contact id and
// the response must outlive the failed write, and the next opening must not mistake the row for
// one a crash interrupted.
class KeptOutcome final
{
public:
    // A longer answer keeps its first MiB here (and says it was cut); the contact id and action
    // are read from the whole answer before that.
    static constexpr qint64 kMaxKeptBody = 1024 * 1024;

    KeptOutcome() = default;
    // `rowSentAt`: when the row was written (its sent_at), which tells it from a row of the same
    // number in another history (one started after this one vanished).
    KeptOutcome(qint64 id, QDateTime rowSentAt, Contract::SendResult result, QString contactId, QString action);

    qint64 id() const { return m_id; }
    QDateTime rowSentAt() const { return m_rowSentAt; }
    const Contract::SendResult &result() const { return m_result; }
    QString contactId() const { return m_contactId; }
    QString action() const { return m_action; }

    static QString pathFor(const QString &dir, qint64 id); // <dir>/history.kept-<id>.json
    static QList<qint64> idsIn(const QString &dir);
    // Whole or not at all, readable by its owner only, and on the disk before this returns.
    bool save(const QString &dir, QString *error) const;
    static std::optional<KeptOutcome> load(const QString &dir, qint64 id, QString *error);
    static void remove(const QString &dir, qint64 id);
    // Renames the file out of the way (it belongs to no row of this history), keeping it; the new name.
    static QString setAside(const QString &dir, qint64 id);

private:
    QByteArray toJson() const;

    qint64 m_id = 0;
    QDateTime m_rowSentAt;
    Contract::SendResult m_result;
    QString m_contactId;
    QString m_action;
};

} // namespace AssertDesk::History
