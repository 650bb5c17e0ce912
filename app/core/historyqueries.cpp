#include "historystore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// Reading the history: one record, filtered pages, a contact's timeline.
namespace AssertDesk::Core {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "a.id, a.state, a.sent_at, a.answered_at, a.profile, a.base_url, a.match_key, a.match_value, a.outcome, "
    "a.http_status, a.duration_ms, a.contact_id, a.action, a.matched_on, a.error_code, a.error_message, "
    "a.app_version, a.response_size, a.response_truncated");

HistoryRecord readSummary(const QSqlQuery &q)
{
    HistoryRecord r;
    const QSqlRecord rec = q.record();
    const auto v = [&](const char *name) { return q.value(rec.indexOf(QLatin1String(name))); };
    r.id = v("id").toLongLong();
    r.state = v("state").toString();
    r.sentAt = QDateTime::fromString(v("sent_at").toString(), Qt::ISODateWithMs);
    r.answeredAt = QDateTime::fromString(v("answered_at").toString(), Qt::ISODateWithMs);
    r.profile = v("profile").toString();
    r.baseUrl = v("base_url").toString();
    r.matchKey = v("match_key").toString();
    r.matchValue = v("match_value").toString();
    r.outcome = v("outcome").toString();
    r.httpStatus = v("http_status").toInt();
    r.durationMs = v("duration_ms").toLongLong();
    r.contactId = v("contact_id").toString();
    r.action = v("action").toString();
    r.matchedOn = QJsonDocument::fromJson(v("matched_on").toString().toUtf8()).object();
    r.errorCode = v("error_code").toString();
    r.errorMessage = v("error_message").toString();
    r.appVersion = v("app_version").toString();
    r.responseSize = v("response_size").toLongLong();
    r.responseTruncated = v("response_truncated").toInt() != 0;
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
    while (q.next())
        out << readSummary(q);
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
    if (!f.text.trimmed().isEmpty()) {
        w.clauses << QStringLiteral("a.id IN (SELECT rowid FROM asserts_fts WHERE asserts_fts MATCH ?)");
        w.values << HistoryStore::ftsQuery(f.text);
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
    HistoryRecord r = readSummary(q);
    const QSqlRecord rec = q.record();
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

} // namespace AssertDesk::Core
