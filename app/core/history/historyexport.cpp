#include "historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::History::HistoryExport {

namespace {

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (e.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}

const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("state"),
                              QStringLiteral("sent_at"),
                              QStringLiteral("answered_at"),
                              QStringLiteral("profile"),
                              QStringLiteral("base_url"),
                              QStringLiteral("match_key"),
                              QStringLiteral("match_value"),
                              QStringLiteral("outcome"),
                              QStringLiteral("http_status"),
                              QStringLiteral("duration_ms"),
                              QStringLiteral("contact_id"),
                              QStringLiteral("action"),
                              QStringLiteral("matched_on"),
                              QStringLiteral("error_code"),
                              QStringLiteral("error_message"),
                              QStringLiteral("request_body"),
                              QStringLiteral("response_headers"),
                              QStringLiteral("response_body"),
                              QStringLiteral("response_size"),
                              QStringLiteral("response_truncated"),
                              QStringLiteral("app_version"),
                              QStringLiteral("batch_id"),
                              QStringLiteral("batch_row"),
                              QStringLiteral("batch_line")};

// Quoted when it holds a delimiter, a quote or a line break (RFC 4180).
QByteArray quoted(QByteArray bytes)
{
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvField(const QJsonValue &v)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A number is the history's own, never a formula.
    return v.isDouble() ? quoted(text.toUtf8()) : csvCell(text);
}

} // namespace

QByteArray csvCell(const QString &cell)
{
    QString text = cell;
    // Spreadsheets run cells that start with these as formulas; a leading tab or line break is
    // skipped by some of them before they look, so it is guarded too (a CSV reader turns a lone
    // carriage return into a line feed).
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return quoted(text.toUtf8());
}

QJsonObject toJson(const HistoryRecord &r)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("state"), r.state},
        {QStringLiteral("sent_at"), r.sentAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("answered_at"),
         r.answeredAt.isValid() ? QJsonValue(r.answeredAt.toUTC().toString(Qt::ISODateWithMs))
                                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("profile"), r.profile},
        {QStringLiteral("base_url"), r.baseUrl},
        {QStringLiteral("match_key"), orNull(r.matchKey)},
        {QStringLiteral("match_value"), orNull(r.matchValue)},
        {QStringLiteral("outcome"), orNull(r.outcome)},
        {QStringLiteral("http_status"), r.httpStatus ? QJsonValue(r.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("contact_id"), orNull(r.contactId)},
        {QStringLiteral("action"), orNull(r.action)},
        {QStringLiteral("matched_on"),
         r.action.isEmpty() && r.matchedOn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.matchedOn)},
        {QStringLiteral("error_code"), orNull(r.errorCode)},
        {QStringLiteral("error_message"), orNull(r.errorMessage)},
        {QStringLiteral("request_body"), bodyValue(r.requestBody)},
        {QStringLiteral("response_headers"), r.responseHeaders},
        {QStringLiteral("response_body"), bodyValue(r.responseBody)},
        {QStringLiteral("response_size"), r.responseSize},
        {QStringLiteral("response_truncated"), r.responseTruncated},
        {QStringLiteral("app_version"), r.appVersion},
    };
    // Kept since schema 4, and only for the sends that had them.
    if (!r.beforeState.isEmpty())
        o.insert(QStringLiteral("before_state"), r.beforeState);
    if (!r.prediction.isEmpty())
        o.insert(QStringLiteral("prediction"), r.prediction);
    if (!r.surprise.isEmpty())
        o.insert(QStringLiteral("surprise"), r.surprise);
    // Which batch, row and file line a send belongs to; null for a single send.
    const auto orNone = [](qint64 n) { return n > 0 ? QJsonValue(n) : QJsonValue(QJsonValue::Null); };
    o.insert(QStringLiteral("batch_id"), orNone(r.batchId));
    o.insert(QStringLiteral("batch_row"), orNone(r.batchId > 0 ? r.batchRow : 0));
    o.insert(QStringLiteral("batch_line"), orNone(r.batchId > 0 ? r.batchLine : 0));
    return o;
}

qsizetype write(const HistoryStore &store, const QList<qint64> &ids, Format format, QIODevice *out, QString *error,
                Unreadable *unreadable)
{
    if (format == Format::Csv) {
        QByteArray header;
        for (const QString &c : kColumns)
            header += (header.isEmpty() ? QByteArray() : QByteArray(",")) + c.toUtf8();
        out->write(header + "\r\n");
    }
    qsizetype written = 0;
    Unreadable skipped;
    for (qint64 id : ids) {
        Unreadable missed;
        const auto r = store.record(id, &missed);
        if (!r && missed.any()) {
            skipped.rows = skipped.rows < 0 ? -1 : skipped.rows + 1;
            skipped.reason = missed.reason;
            continue;
        }
        if (!r) {
            *error = QStringLiteral("history row %1 could not be read: %2").arg(id).arg(store.lastError());
            return -1;
        }
        const QJsonObject o = toJson(*r);
        QByteArray line;
        if (format == Format::JsonLines) {
            line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        } else {
            for (const QString &c : kColumns)
                line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(o.value(c));
            line += "\r\n";
        }
        if (out->write(line) != line.size()) {
            *error = out->errorString();
            return -1;
        }
        ++written;
    }
    if (unreadable)
        *unreadable = store.isDamaged() ? store.unreadable() : skipped;
    return written;
}

} // namespace AssertDesk::History::HistoryExport
