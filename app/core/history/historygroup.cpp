#include "historystatements.h"
#include "historystore.h"

#include <QSqlError>

// Writes gathered into one transaction, and the statements every write runs.
namespace AssertDesk::History {

HistoryStore::Statements::Statements(const QSqlDatabase &db)
    : insertIntent(db)
    , updateCompletion(db)
    , deleteSearch(db)
    , insertSearch(db)
{
    const std::pair<QSqlQuery *, QString> all[] = {
        {&insertIntent,
         QStringLiteral("INSERT INTO asserts (state, sent_at, profile, base_url, request_body, match_key, "
                        "match_value, app_version, before_state, prediction, batch_id, batch_row, batch_line) "
                        "VALUES ('in_flight', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&updateCompletion,
         QStringLiteral("UPDATE asserts SET state = 'complete', sent_at = COALESCE(?, sent_at), answered_at = ?, outcome = ?, http_status = ?, "
                        "response_headers = ?, response_body = ?, response_compressed = ?, response_size = ?, "
                        "response_truncated = ?, duration_ms = ?, contact_id = ?, action = ?, matched_on = ?, "
                        "error_code = ?, error_message = ?, surprise = ? WHERE id = ?")},
        {&deleteSearch, QStringLiteral("DELETE FROM asserts_fts WHERE rowid = ?")},
        {&insertSearch,
         QStringLiteral(
             "INSERT INTO asserts_fts (rowid, emails, names, contact_id, error_code) VALUES (?, ?, ?, ?, ?)")},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql)) {
            lastError = query->lastError().text();
            return;
        }
    }
    ok = true;
}

HistoryStore::Statements &HistoryStore::prepared() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(QSqlDatabase::database(m_connection));
    return *m_statements;
}

void HistoryStore::dropStatements() const
{
    m_statements.reset();
}

bool HistoryStore::writeGroup(QList<GroupWrite> &writes)
{
    QString error;
    if (writes.isEmpty() || !readyToWrite(&error))
        return false; // each on its own then says why
    // Synced to disk when an intent is among them: its request leaves only after this returns.
    const bool durable = std::any_of(writes.cbegin(), writes.cend(), [](const GroupWrite &w) { return w.intent; });
    setDurable(durable);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    bool ok = true;
    for (GroupWrite &w : writes) {
        if (w.intent) {
            w.newId = insertIntent(*w.intent, &error);
            ok = w.newId > 0;
        } else {
            ok = w.id > 0 && w.result && updateCompletion(w.id, *w.result, {}, {}, &error);
        }
        if (!ok)
            break;
    }
    if (ok && db.commit()) {
        for (const GroupWrite &w : std::as_const(writes))
            if (!w.intent)
                m_intents.remove(w.id);
        wrote();
        return true;
    }
    db.rollback();
    for (GroupWrite &w : writes) {
        if (w.intent && w.newId > 0)
            m_intents.remove(w.newId);
        w.newId = -1;
    }
    return false;
}

} // namespace AssertDesk::History
