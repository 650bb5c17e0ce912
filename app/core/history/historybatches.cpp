#include "historystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Batches: the file a batch was read from, and where each of its rows stands.
namespace AssertDesk::History {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// Never NULL: the columns are NOT NULL, and Qt binds an empty, null QString as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

} // namespace

qint64 HistoryStore::createBatch(const BatchRecord &batch, QString *error)
{
    if (m_mode != Mode::ReadWrite) {
        *error = QCoreApplication::translate("HistoryStore", "the history is not open for writing");
        return -1;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO batches (created_at, profile, base_url, source_path, source_size, source_sha256, header, "
        "mapping, match_column, options, total_rows, invalid_rows, repeated_rows, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending')"));
    const QDateTime created = batch.createdAt.isValid() ? batch.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(text(batch.profile));
    q.addBindValue(text(batch.baseUrl));
    q.addBindValue(text(batch.sourcePath));
    q.addBindValue(batch.sourceSize);
    q.addBindValue(text(QString::fromLatin1(batch.sourceSha256)));
    q.addBindValue(compactJson(batch.header));
    q.addBindValue(text(QString::fromUtf8(batch.mapping)));
    q.addBindValue(text(batch.matchColumn));
    q.addBindValue(compactJson(batch.options));
    q.addBindValue(batch.totalRows);
    q.addBindValue(batch.invalidRows);
    q.addBindValue(batch.repeatedRows);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    tightenPermissions();
    return q.lastInsertId().toLongLong();
}

namespace {

const char kBatchColumns[] = "SELECT id, created_at, profile, base_url, source_path, source_size, source_sha256, "
                             "header, mapping, match_column, options, total_rows, invalid_rows, repeated_rows, state "
                             "FROM batches ";

BatchRecord batchFrom(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = q.value(0).toLongLong();
    b.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    b.profile = q.value(2).toString();
    b.baseUrl = q.value(3).toString();
    b.sourcePath = q.value(4).toString();
    b.sourceSize = q.value(5).toLongLong();
    b.sourceSha256 = q.value(6).toString().toLatin1();
    b.header = stringList(q.value(7).toString());
    b.mapping = q.value(8).toString().toUtf8();
    b.matchColumn = q.value(9).toString();
    b.options = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    b.totalRows = q.value(11).toLongLong();
    b.invalidRows = q.value(12).toLongLong();
    b.repeatedRows = q.value(13).toLongLong();
    b.state = q.value(14).toString();
    return b;
}

} // namespace

std::optional<BatchRecord> HistoryStore::batch(qint64 id) const
{
    if (m_schema < 5)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(kBatchColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return batchFrom(q);
}

QList<BatchListing> HistoryStore::batches(int limit) const
{
    QList<BatchListing> out;
    if (m_schema < 5)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(kBatchColumns) + QLatin1String("ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({batchFrom(q), {}});
    // Counted from the rows as a resume sees them, so the list and the reopened batch agree.
    for (BatchListing &listing : out)
        for (const BatchRowState &row : batchRows(listing.batch.id)) {
            const bool mayHaveLanded = row.outcome == QLatin1String("unknown")
                || row.outcome == QLatin1String("interrupted") || row.outcome.isEmpty();
            ++listing.outcomes[mayHaveLanded && row.check == QLatin1String("landed") ? QStringLiteral("landed")
                                                                                     : row.outcome];
        }
    return out;
}

// Per row, the attempt that says most: one that may have reached the server wins over a later
// one that did not ("not sent", "cancelled"), so a row that may have landed is never taken for
// one never sent; among equals, the latest.
QList<BatchRowState> HistoryStore::batchRows(qint64 batchId) const
{
    QList<BatchRowState> out;
    if (m_schema < 5)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.batch_row, a.batch_line, a.id, a.outcome, a.http_status, a.action, a.contact_id, a.error_code, "
        "a.error_message, a.batch_check, "
        "(SELECT COUNT(*) FROM asserts n WHERE n.batch_id = a.batch_id AND n.batch_row = a.batch_row) "
        "FROM asserts a WHERE a.batch_id = ? AND a.id = (SELECT b.id FROM asserts b WHERE b.batch_id = a.batch_id "
        "AND b.batch_row = a.batch_row ORDER BY COALESCE(b.outcome IN ('not sent', 'cancelled'), 0), b.id DESC "
        "LIMIT 1) ORDER BY a.batch_row"));
    q.addBindValue(batchId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        BatchRowState s;
        s.row = q.value(0).toLongLong();
        s.line = q.value(1).toLongLong();
        s.historyId = q.value(2).toLongLong();
        s.outcome = q.value(3).toString();
        s.httpStatus = q.value(4).toInt();
        s.action = q.value(5).toString();
        s.contactId = q.value(6).toString();
        s.errorCode = q.value(7).toString();
        s.errorMessage = q.value(8).toString();
        s.check = q.value(9).toString();
        s.attempts = q.value(10).toInt();
        out.append(std::move(s));
    }
    return out;
}

bool HistoryStore::setBatchState(qint64 batchId, const QString &state, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE batches SET state = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(batchId);
    if (m_mode == Mode::ReadWrite && q.exec())
        return true;
    *error = m_mode == Mode::ReadWrite
        ? q.lastError().text()
        : QCoreApplication::translate("HistoryStore", "the history is not open for writing");
    return false;
}

bool HistoryStore::setBatchCheck(qint64 historyId, const QString &check, QString *error, const QString &contactId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE asserts SET batch_check = ?, contact_id = COALESCE(NULLIF(contact_id, ''), "
                             "NULLIF(?, '')) WHERE id = ? AND batch_id IS NOT NULL"));
    q.addBindValue(check);
    q.addBindValue(contactId);
    q.addBindValue(historyId);
    if (m_mode == Mode::ReadWrite && q.exec())
        return true;
    *error = m_mode == Mode::ReadWrite
        ? q.lastError().text()
        : QCoreApplication::translate("HistoryStore", "the history is not open for writing");
    return false;
}

} // namespace AssertDesk::History
