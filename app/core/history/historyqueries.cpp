#include "historystore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// Reading the history: one record, filtered pages, a contact's timeline.
namespace AssertDesk::History {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "a.id, a.state, a.sent_at, a.answered_at, a.profile, a.base_url, a.match_key, a.match_value, a.outcome, "
    "a.http_status, a.duration_ms, a.contact_id, a.action, a.matched_on, a.error_code, a.error_message, "
    "a.app_version, a.response_size, a.response_truncated");

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
    }

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
    return r;
}

QList<HistoryRecord> readSummaries(QSqlQuery &q, QString *error)
{
    QList<HistoryRecord> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    const SummaryColumns columns(q.record());
    while (q.next())
        out << readSummary(q, columns);
    return out;
}

struct Where
{
    QStringList clauses;
    QVariantList values;
};

Where whereFor(const HistoryFilter &f)
{
    Where w;
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

} // namespace

std::optional<HistoryRecord> HistoryStore::record(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1, a.request_body, a.response_headers, a.response_body, a.response_compressed "
                             "FROM asserts a WHERE a.id = ?")
                  .arg(kSummaryColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    const QSqlRecord rec = q.record();
    HistoryRecord r = readSummary(q, SummaryColumns(rec));
    r.requestBody = q.value(rec.indexOf(QLatin1String("request_body"))).toString().toUtf8();
    r.responseHeaders
        = QJsonDocument::fromJson(q.value(rec.indexOf(QLatin1String("response_headers"))).toString().toUtf8()).object();
    const QByteArray body = q.value(rec.indexOf(QLatin1String("response_body"))).toByteArray();
    r.responseBody = q.value(rec.indexOf(QLatin1String("response_compressed"))).toInt() ? qUncompress(body) : body;
    return r;
}

QList<HistoryRecord> HistoryStore::list(const HistoryFilter &filter, int limit, qint64 beforeId) const
{
    Where w = whereFor(filter);
    if (beforeId > 0) {
        w.clauses << QStringLiteral("a.id < ?");
        w.values << beforeId;
    }
    QString sql = QStringLiteral("SELECT %1 FROM asserts a").arg(kSummaryColumns);
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT %1").arg(qMax(1, limit));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    return readSummaries(q, &m_lastError);
}

QList<qint64> HistoryStore::ids(const HistoryFilter &filter) const
{
    const Where w = whereFor(filter);
    QString sql = QStringLiteral("SELECT a.id FROM asserts a");
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY a.id DESC");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    QList<qint64> out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    else
        m_lastError = q.lastError().text();
    return out;
}

QList<HistoryRecord> HistoryStore::timeline(const QString &emailOrId) const
{
    const QString needle = emailOrId.trimmed();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // By contact id; by the email it was matched on; or by any address it was written or answered with.
    q.prepare(QStringLiteral("SELECT %1 FROM asserts a WHERE a.contact_id = ? OR a.match_value = ? COLLATE NOCASE "
                             "OR a.id IN (SELECT rowid FROM asserts_fts WHERE asserts_fts MATCH ?) "
                             "OR a.contact_id IN (SELECT contact_id FROM asserts WHERE match_value = ? COLLATE NOCASE "
                             "AND contact_id IS NOT NULL) "
                             "ORDER BY a.id ASC")
                  .arg(kSummaryColumns));
    q.addBindValue(needle);
    q.addBindValue(needle);
    QString phrase = needle;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    q.addBindValue(QStringLiteral("emails : \"%1\"").arg(phrase));
    q.addBindValue(needle);
    return readSummaries(q, &m_lastError);
}

} // namespace AssertDesk::History
