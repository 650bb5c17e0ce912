#pragma once

#include "previewrow.h"
#include "rowprediction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QSet>
#include <QStringList>

namespace AssertDesk::Session {

// The answer to one query of a batch preview: the contacts that hold any of a chunk's addresses
// (`contact_emails in [...]`, every page of it), and what that means for each row of the chunk.
// Each row is predicted by the single preview's rules: which contacts hold its address
// (Contract::MatchPrediction, the server's rule), then what the row changes on that contact
// (Contract::ContactDiff); only the lookup of a row's contacts among the answer's is added here.
class ChunkAnswer final
{
public:
    // Contacts asked for per page: the most the sandbox gives. A chunk of N addresses names N
    // contacts at most unless some are ambiguous, so with N up to this one page answers it.
    static constexpr int kPageLimit = 100;

    // POST /contact/_query for these addresses, `limit` contacts a page, from `cursor` (the last
    // page's next_cursor) on.
    static QByteArray queryBody(const QStringList &addresses, const QString &cursor = {}, int limit = kPageLimit);

    // Takes one page. False with `error` when it cannot be read, or holds a contact without its
    // addresses (then no row can be told which contacts are its own). `nextCursor`: empty at the end.
    bool addPage(const QByteArray &body, QString *error, QString *nextCursor);
    qsizetype contacts() const { return m_records.size(); }

    RowPrediction predict(const PreviewRow &row, const QDateTime &readAt) const;

private:
    QList<QJsonObject> m_records;
    QSet<QString> m_ids;                    // a contact on two pages is one contact
    QMultiHash<QString, qsizetype> m_index; // a stored address (trimmed, lower case) -> its contacts
};

} // namespace AssertDesk::Session
