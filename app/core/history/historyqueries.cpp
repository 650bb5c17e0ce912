#include "historystore.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// Reading the history: one record, filtered pages, a contact's timeline.
namespace AssertDesk::History {

namespace {

QString summaryColumns(int schema, bool withBodies)
{
    QString columns = QStringLiteral(
        "a.id, a.state, a.sent_at, a.answered_at, a.profile, a.base_url, a.match_key, a.match_value, a.outcome, "
        "a.http_status, a.duration_ms, a.contact_id, a.action, a.matched_on, a.error_code, a.error_message, "
        "a.app_version, a.response_size, a.response_truncated");
    // A file opened read-only can be older than this build (another, older, process holds it).
    const bool v4 = schema >= 4;
    columns += v4 ? QStringLiteral(", a.surprise") : QStringLiteral(", NULL AS surprise");
    columns += schema >= 5 ? QStringLiteral(", a.batch_id, a.batch_row, a.batch_line")
                           : QStringLiteral(", NULL AS batch_id, NULL AS batch_row, NULL AS batch_line");
    if (withBodies)
        columns += v4 ? QStringLiteral(", a.request_body, a.before_state, a.prediction")
                      : QStringLiteral(", a.request_body, NULL AS before_state, NULL AS prediction");
    return columns;
}

// Where each summary column is in a query's rows: looked up once per query, not per row.
struct SummaryColumns
{
    explicit SummaryColumns(const QSqlRecord &rec)
    {
        const auto at = [&](const char *name) { return rec.indexOf(QLatin1String(name)); };
        id = at("id");
        state = at("state");
        sentAt = at("sent_at");
        answeredAt = at("answered_at");
        profile = at("profile");
        baseUrl = at("base_url");
        matchKey = at("match_key");
        matchValue = at("match_value");
        outcome = at("outcome");
        httpStatus = at("http_status");
        durationMs = at("duration_ms");
        contactId = at("contact_id");
        action = at("action");
        matchedOn = at("matched_on");
        errorCode = at("error_code");
        errorMessage = at("error_message");
        appVersion = at("app_version");
        responseSize = at("response_size");
        responseTruncated = at("response_truncated");
        surprise = at("surprise");
        requestBody = at("request_body");
        beforeState = at("before_state");
        prediction = at("prediction");
        batchId = at("batch_id");
        batchRow = at("batch_row");
        batchLine = at("batch_line");
    }

    int surprise, requestBody, beforeState, prediction; // -1 for a column the query left out
    int batchId, batchRow, batchLine;
    int id, state, sentAt, answeredAt, profile, baseUrl, matchKey, matchValue, outcome, httpStatus, durationMs,
        contactId, action, matchedOn, errorCode, errorMessage, appVersion, responseSize, responseTruncated;
};

HistoryRecord readSummary(const QSqlQuery &q, const SummaryColumns &c)
{
    HistoryRecord r;
    r.id = q.value(c.id).toLongLong();
    r.state = q.value(c.state).toString();
    r.sentAt = QDateTime::fromString(q.value(c.sentAt).toString(), Qt::ISODateWithMs);
    r.answeredAt = QDateTime::fromString(q.value(c.answeredAt).toString(), Qt::ISODateWithMs);
    r.profile = q.value(c.profile).toString();
    r.baseUrl = q.value(c.baseUrl).toString();
    r.matchKey = q.value(c.matchKey).toString();
    r.matchValue = q.value(c.matchValue).toString();
    r.outcome = q.value(c.outcome).toString();
    r.httpStatus = q.value(c.httpStatus).toInt();
    r.durationMs = q.value(c.durationMs).toLongLong();
    r.contactId = q.value(c.contactId).toString();
    r.action = q.value(c.action).toString();
    const QString matchedOn = q.value(c.matchedOn).toString();
    if (!matchedOn.isEmpty())
        r.matchedOn = QJsonDocument::fromJson(matchedOn.toUtf8()).object();
    r.errorCode = q.value(c.errorCode).toString();
    r.errorMessage = q.value(c.errorMessage).toString();
    r.appVersion = q.value(c.appVersion).toString();
    r.responseSize = q.value(c.responseSize).toLongLong();
    r.responseTruncated = q.value(c.responseTruncated).toInt() != 0;
    if (r.state == QLatin1String("in_flight") && r.outcome.isEmpty())
        r.outcome = QStringLiteral("in flight");
    r.surprise = q.value(c.surprise).toString();
    r.batchId = q.value(c.batchId).toLongLong();
    r.batchRow = q.value(c.batchRow).toLongLong();
    r.batchLine = q.value(c.batchLine).toLongLong();
    if (c.requestBody >= 0)
        r.requestBody = q.value(c.requestBody).toString().toUtf8();
    if (c.beforeState >= 0)
        r.beforeState = QJsonDocument::fromJson(q.value(c.beforeState).toString().toUtf8()).object();
    if (c.prediction >= 0)
        r.prediction = QJsonDocument::fromJson(q.value(c.prediction).toString().toUtf8()).object();
    return r;
}

struct Where
{
    QStringList clauses;
    QVariantList values;
};

Where whereFor(const HistoryFilter &f, int schema)
{
    Where w;
    if (f.surprises)
        w.clauses << (schema >= 4 ? QStringLiteral("a.surprise IS NOT NULL") : QStringLiteral("0"));
    if (f.batchId > 0) {
        w.clauses << (schema >= 5 ? QStringLiteral("a.batch_id = ?") : QStringLiteral("0"));
        if (schema >= 5)
            w.values << f.batchId;
    }
    // Text with nothing to look for in it ("@", ".") filters nothing, like an empty field.
    if (const QString query = HistoryStore::ftsQuery(f.text); !query.isEmpty()) {
        w.clauses << QStringLiteral("a.id IN (SELECT rowid FROM asserts_fts WHERE asserts_fts MATCH ?)");
        w.values << query;
    }
    if (!f.outcome.isEmpty()) {
        w.clauses << QStringLiteral("a.outcome = ?");
        w.values << f.outcome;
    }
    if (!f.profile.isEmpty()) {
        w.clauses << QStringLiteral("a.profile = ? COLLATE NOCASE");
        w.values << f.profile;
    }
    if (!f.action.isEmpty()) {
        w.clauses << QStringLiteral("a.action = ?");
        w.values << f.action;
    }
    if (f.from.isValid()) {
        w.clauses << QStringLiteral("a.sent_at >= ?");
        w.values << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        w.clauses << QStringLiteral("a.sent_at < ?");
        w.values << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    return w;
}

HistoryStore::Query queryFor(const HistoryFilter &filter, int schema)
{
    const Where w = whereFor(filter, schema);
    return {w.clauses.join(QLatin1String(" AND ")), w.values, false};
}

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// Rows come by id, which a whole file keeps strictly in order, and with no filter every id, since
// ids are given out one after the other and never removed: a damaged page can repeat, shuffle or
// drop rows without SQLite noticing.
bool inOrder(qint64 before, qint64 after, bool oldestFirst, bool everyRow)
{
    if (everyRow)
        return after == (oldestFirst ? before + 1 : before - 1);
    return oldestFirst ? after > before : after < before;
}

} // namespace

std::optional<HistoryRecord> HistoryStore::record(qint64 id, Unreadable *unreadable) const
{
    const auto damagedEntry = [&] {
        if (unreadable) {
            *unreadable = this->unreadable();
            unreadable->reason
                = Tr::tr("Entry %1 is damaged and cannot be read.").arg(id) + QLatin1Char(' ') + unreadable->reason;
        }
        return std::nullopt;
    };
    if (isDamaged() && m_unreadableIds.contains(id))
        return damagedEntry();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1, a.response_headers, a.response_body, a.response_compressed "
                             "FROM asserts a WHERE a.id = ?")
                  .arg(summaryColumns(m_schema, true)));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    if (!found) {
        const bool failed = q.lastError().isValid();
        const QString failure = failed ? q.lastError().text() : Tr::tr("entry %1 is missing").arg(id);
        m_lastError = q.lastError().text();
        q.finish();
        // Ids are given out in order and never reused: one missing below the newest means damage.
        if (!failed && (id < 1 || id > newestId()))
            return std::nullopt; // there is no such entry
        const bool damaged = noteFailedRead(failure);
        if (damaged && m_unreadableIds.contains(id))
            return damagedEntry();
        if (damaged || !failed)
            return damaged ? record(id, unreadable) : std::nullopt; // damage known now: read it once more
        if (unreadable)
            unreadable->reason = Tr::tr("Entry %1 could not be read: %2").arg(id).arg(failure);
        return std::nullopt;
    }
    const QSqlRecord rec = q.record();
    HistoryRecord r = readSummary(q, SummaryColumns(rec));
    r.responseHeaders
        = QJsonDocument::fromJson(q.value(rec.indexOf(QLatin1String("response_headers"))).toString().toUtf8()).object();
    const QByteArray body = q.value(rec.indexOf(QLatin1String("response_body"))).toByteArray();
    const bool compressed = q.value(rec.indexOf(QLatin1String("response_compressed"))).toInt() != 0;
    r.responseBody = compressed ? qUncompress(body) : body;
    q.finish();
    // A compressed answer carries a checksum: one that no longer matches is damage.
    if (compressed && !body.isEmpty() && r.responseBody.isEmpty()
        && noteFailedRead(Tr::tr("the answer of entry %1 no longer decompresses").arg(id))
        && m_unreadableIds.contains(id))
        return damagedEntry();
    return r;
}

qint64 HistoryStore::newestId() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT max(id) FROM asserts")) && q.next() ? q.value(0).toLongLong() : -1;
}

QList<HistoryRecord> HistoryStore::read(const Query &query, int limit, qint64 beforeId, Unreadable *unreadable) const
{
    if (isDamaged())
        return salvage(query, limit, beforeId, unreadable);
    QStringList clauses;
    QVariantList values = query.values;
    if (!query.where.isEmpty())
        clauses << QLatin1Char('(') + query.where + QLatin1Char(')');
    if (beforeId > 0) {
        clauses << (query.oldestFirst ? QStringLiteral("a.id > ?") : QStringLiteral("a.id < ?"));
        values << beforeId;
    }
    QString sql = QStringLiteral("SELECT %1 FROM asserts a").arg(summaryColumns(m_schema, query.withBodies));
    if (!clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
    sql += query.oldestFirst ? QStringLiteral(" ORDER BY a.id ASC") : QStringLiteral(" ORDER BY a.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<HistoryRecord> out;
    QString odd;
    if (q.exec()) {
        const SummaryColumns columns(q.record());
        while (q.next()) {
            out << readSummary(q, columns);
            if (odd.isEmpty() && out.size() > 1
                && !inOrder(out.at(out.size() - 2).id, out.last().id, query.oldestFirst, query.where.isEmpty()))
                odd = Tr::tr("entries came out of order at %1").arg(out.last().id);
        }
    }
    // A read that stops early says so only here: next() is false either way. Rows out of order
    // are damage only when the full check agrees (someone may have deleted rows by hand).
    if (!q.lastError().isValid() && (odd.isEmpty() || !noteFailedRead(odd)))
        return out;
    if (isDamaged())
        return salvage(query, limit, beforeId, unreadable);
    const QString failure = q.lastError().text();
    q.finish();
    if (noteFailedRead(failure))
        return salvage(query, limit, beforeId, unreadable);
    if (unreadable) {
        unreadable->rows = -1;
        unreadable->reason = Tr::tr("The history could not be read in full: %1").arg(failure);
    }
    return out;
}

// A damaged file read row by row, skipping the entries known to be unreadable: everything that
// can still be read is returned, and `unreadable` counts the rest.
QList<HistoryRecord> HistoryStore::salvage(const Query &query, int limit, qint64 beforeId, Unreadable *unreadable) const
{
    if (unreadable)
        *unreadable = this->unreadable();
    QList<HistoryRecord> out;
    if (m_lastId < 0)
        return out; // the entries cannot even be found
    QSqlQuery one(QSqlDatabase::database(m_connection));
    one.setForwardOnly(true);
    one.prepare(QStringLiteral("SELECT %1 FROM asserts a WHERE a.id = ?%2")
                    .arg(summaryColumns(m_schema, query.withBodies),
                         query.where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(query.where)));
    const qint64 step = query.oldestFirst ? 1 : -1;
    qint64 id = query.oldestFirst ? qMax<qint64>(beforeId + 1, 1) : (beforeId > 0 ? beforeId - 1 : m_lastId);
    for (; id >= 1 && id <= m_lastId && (limit <= 0 || out.size() < limit); id += step) {
        if (m_unreadableIds.contains(id))
            continue;
        one.addBindValue(id);
        for (const QVariant &v : query.values)
            one.addBindValue(v);
        if (one.exec() && one.next())
            out << readSummary(one, SummaryColumns(one.record()));
        one.finish();
    }
    return out;
}

QList<HistoryRecord> HistoryStore::list(const HistoryFilter &filter, int limit, qint64 beforeId,
                                        Unreadable *unreadable) const
{
    return read(queryFor(filter, m_schema), qMax(1, limit), beforeId, unreadable);
}

QList<qint64> HistoryStore::ids(const HistoryFilter &filter, Unreadable *unreadable) const
{
    const Query query = queryFor(filter, m_schema);
    QList<qint64> out;
    if (!isDamaged()) {
        QString sql = QStringLiteral("SELECT a.id FROM asserts a");
        if (!query.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + query.where;
        sql += QStringLiteral(" ORDER BY a.id DESC");
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : query.values)
            q.addBindValue(v);
        QString odd;
        if (q.exec())
            while (q.next()) {
                out << q.value(0).toLongLong();
                if (odd.isEmpty() && out.size() > 1
                    && !inOrder(out.at(out.size() - 2), out.last(), false, query.where.isEmpty()))
                    odd = Tr::tr("entries came out of order at %1").arg(out.last());
            }
        if (!q.lastError().isValid() && (odd.isEmpty() || !noteFailedRead(odd)))
            return out;
        const QString failure = isDamaged() ? QString() : q.lastError().text();
        q.finish();
        if (!isDamaged() && !noteFailedRead(failure)) {
            if (unreadable) {
                unreadable->rows = -1;
                unreadable->reason = Tr::tr("The history could not be read in full: %1").arg(failure);
            }
            return out;
        }
        out.clear(); // read again, around the damage
    }
    for (const HistoryRecord &r : salvage(query, 0, 0, unreadable))
        out << r.id;
    return out;
}

QList<HistoryRecord> HistoryStore::timeline(const QString &emailOrId, Unreadable *unreadable) const
{
    const QString needle = emailOrId.trimmed();
    QString phrase = needle;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // By contact id; by the email it was matched on; or by any address it was written or answered with.
    Query query;
    query.where = QStringLiteral("a.contact_id = ? OR a.match_value = ? COLLATE NOCASE "
                                 "OR a.id IN (SELECT rowid FROM asserts_fts WHERE asserts_fts MATCH ?) "
                                 "OR a.contact_id IN (SELECT contact_id FROM asserts WHERE match_value = ? COLLATE "
                                 "NOCASE AND contact_id IS NOT NULL)");
    query.values = {needle, needle, QStringLiteral("emails : \"%1\"").arg(phrase), needle};
    query.oldestFirst = true;
    return read(query, 0, 0, unreadable);
}

QList<ContactChange> HistoryStore::contactChanges(const QString &contactId, Unreadable *unreadable) const
{
    const QString id = contactId.trimmed();
    if (id.isEmpty())
        return {};
    // By the id its answers gave; a send without an answer naming a contact (rejected, unknown) by
    // an address the contact was matched on: it went to that contact's key.
    Query query;
    query.where = QStringLiteral("a.contact_id = ? OR (a.contact_id IS NULL AND a.match_value <> '' AND "
                                 "a.match_value COLLATE NOCASE IN "
                                 "(SELECT match_value FROM asserts WHERE contact_id = ?))");
    query.values = {id, id};
    query.withBodies = true;
    QList<ContactChange> out;
    for (const HistoryRecord &r : read(query, 0, 0, unreadable))
        out << ContactChange::fromRecord(r);
    return out;
}

QList<ContactChange> HistoryStore::matchChanges(const QString &matchValue, Unreadable *unreadable) const
{
    const QString value = matchValue.trimmed();
    if (value.isEmpty())
        return {};
    // Sends keyed on that value (answered or not), and every send to a contact one of them reached.
    Query query;
    query.where = QStringLiteral("a.match_value = ? COLLATE NOCASE OR a.contact_id IN "
                                 "(SELECT contact_id FROM asserts WHERE match_value = ? COLLATE NOCASE "
                                 "AND contact_id IS NOT NULL)");
    query.values = {value, value};
    query.withBodies = true;
    QList<ContactChange> out;
    for (const HistoryRecord &r : read(query, 0, 0, unreadable))
        out << ContactChange::fromRecord(r);
    return out;
}

qint64 HistoryStore::count(const HistoryFilter &filter) const
{
    const Query query = queryFor(filter, m_schema);
    QString sql = QStringLiteral("SELECT count(*) FROM asserts a");
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &v : query.values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList HistoryStore::profiles() const
{
    // Each name found by one step down the profile index (from version 2) to the next greater
    // name, not by reading the whole index as DISTINCT does: that read about 2 MB of index pages
    // at every start-up and every send with 100,000 entries, and the pages stayed in the page
    // cache, 1.7 MB of the window's start-up memory. An older file opened read-only has no index.
    const QString sql = m_schema >= 2
        ? QStringLiteral("WITH RECURSIVE p(name) AS (SELECT MIN(profile) FROM asserts WHERE profile > '' "
                         "UNION ALL SELECT (SELECT MIN(profile) FROM asserts WHERE profile > p.name) FROM p "
                         "WHERE p.name IS NOT NULL) "
                         "SELECT name FROM p WHERE name IS NOT NULL ORDER BY name COLLATE NOCASE")
        : QStringLiteral("SELECT DISTINCT profile FROM asserts WHERE profile <> '' ORDER BY profile COLLATE NOCASE");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    QStringList out;
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace AssertDesk::History
