#include "historystore.h"

#include "apierror.h"
#include "assertresponse.h"
#include "buildinfo.h"
#include "matchprediction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Writing attempts: the intent row before sending, its completion after.
namespace AssertDesk::History {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Response headers worth keeping for a review; cookies and anything else are dropped.
QJsonObject keptHeaders(const Contract::SendResult &r)
{
    static const QList<QByteArray> keep = {"content-type",
                                           "retry-after",
                                           "location",
                                           "date",
                                           "server",
                                           "x-request-id",
                                           "request-id",
                                           "ratelimit-limit",
                                           "ratelimit-remaining",
                                           "ratelimit-reset",
                                           "x-ratelimit-limit",
                                           "x-ratelimit-remaining"};
    QJsonObject out;
    for (const auto &h : r.headers)
        if (keep.contains(h.first.toLower()))
            out.insert(QString::fromLatin1(h.first.toLower()), QString::fromLatin1(h.second));
    return out;
}

struct SearchText
{
    QStringList emails;
    QStringList names;
};

void collectFromAttributes(const QJsonObject &attributes, SearchText &out, bool enveloped)
{
    const auto plain = [&](const char *name) {
        const QJsonValue v = attributes.value(QLatin1String(name));
        return enveloped ? v.toObject().value(QLatin1String("value")) : v;
    };
    out.emails << plain("primary_email").toString();
    out.names << plain("first_name").toString() << plain("last_name").toString();
    for (const QJsonValue &row : attributes.value(QLatin1String("contact_emails")).toArray()) {
        const QJsonObject o = enveloped ? row.toObject().value(QLatin1String("value")).toObject() : row.toObject();
        out.emails << o.value(QLatin1String("email")).toString();
    }
}

bool writeSearchRow(const QString &connection, qint64 id, const SearchText &text, const QString &contactId,
                    const QString &errorCode, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM asserts_fts WHERE rowid = ?"));
    del.addBindValue(id);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO asserts_fts (rowid, emails, names, contact_id, error_code) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(id);
    ins.addBindValue(HistoryStore::searchWords(text.emails));
    ins.addBindValue(HistoryStore::searchWords(text.names));
    ins.addBindValue(HistoryStore::searchWords({contactId}));
    ins.addBindValue(HistoryStore::searchWords({errorCode}));
    if (del.exec() && ins.exec())
        return true;
    *error = ins.lastError().text().isEmpty() ? del.lastError().text() : ins.lastError().text();
    return false;
}

// What an answer says, in the columns the history lists and searches by.
struct AnswerSummary
{
    QString contactId;
    QString action;
    QString errorCode;
    QString errorMessage;
    QJsonObject matchedOn;
    QString surprise; // what differed from the prediction taken before sending
};

// Also adds the answer's emails and names to the search text.
AnswerSummary summarise(const Contract::SendResult &result, SearchText &text)
{
    AnswerSummary s;
    if (result.outcome == Contract::Outcome::Succeeded) {
        // Read once by the send when it checked the answer; a kept or older result is read here.
        // Only the outcome is needed; long lists stay untyped.
        const std::shared_ptr<const Contract::AssertResponse> parsed = result.answer
            ? result.answer
            : std::make_shared<const Contract::AssertResponse>(Contract::AssertResponse::parse(
                result.body, result.httpStatus, Contract::AssertResponse::Lists::OnDemand));
        const Contract::AssertResponse &response = *parsed;
        if (response.isValid()) {
            s.contactId = response.recordId();
            s.action
                = response.action() == Contract::AssertResponse::Action::Unknown ? QString() : response.actionText();
            s.matchedOn = response.matchedOn();
            collectFromAttributes(QJsonDocument::fromJson(result.body)
                                      .object()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("attributes"))
                                      .toObject(),
                                  text, true);
        }
    } else if (result.httpStatus > 0) {
        const Contract::ApiError apiError = Contract::ApiError::parse(result.httpStatus, result.body);
        s.errorCode = apiError.code();
        s.errorMessage = apiError.message();
    } else {
        s.errorCode = Contract::outcomeName(result.outcome).replace(QLatin1Char(' '), QLatin1Char('_'));
        s.errorMessage = result.summary;
    }
    if (result.bodyTruncated && s.errorMessage.isEmpty())
        s.errorMessage = result.summary;
    return s;
}

// The response body as kept: cut at the stored maximum, compressed above a size.
struct StoredBody
{
    QByteArray bytes;
    bool truncated = false;
    bool compressed = false;
};

StoredBody storedBody(const Contract::SendResult &result)
{
    StoredBody b;
    b.bytes = result.body.left(HistoryStore::kMaxStoredBody);
    b.truncated = result.bodyTruncated || result.body.size() > HistoryStore::kMaxStoredBody;
    b.compressed = b.bytes.size() > HistoryStore::kCompressAbove;
    if (b.compressed)
        b.bytes = qCompress(b.bytes, 6);
    return b;
}

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

// Binds completeAttempt's UPDATE, in the order of its placeholders.
void bindCompletion(QSqlQuery &q, qint64 id, const Contract::SendResult &result, const AnswerSummary &answer,
                    const StoredBody &body)
{
    q.addBindValue(iso(result.answeredAt.isValid() ? result.answeredAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(Contract::outcomeName(result.outcome));
    q.addBindValue(result.httpStatus > 0 ? QVariant(result.httpStatus) : QVariant());
    q.addBindValue(QString::fromUtf8(QJsonDocument(keptHeaders(result)).toJson(QJsonDocument::Compact)));
    q.addBindValue(body.bytes);
    q.addBindValue(body.compressed ? 1 : 0);
    q.addBindValue(result.body.size());
    q.addBindValue(body.truncated ? 1 : 0);
    q.addBindValue(result.elapsedMs);
    q.addBindValue(answer.contactId.isEmpty() ? QVariant() : QVariant(answer.contactId));
    q.addBindValue(answer.action.isEmpty() ? QVariant() : QVariant(answer.action));
    q.addBindValue(answer.matchedOn.isEmpty() && answer.action != QLatin1String("updated")
                       ? QVariant()
                       : QVariant(QString::fromUtf8(QJsonDocument(answer.matchedOn).toJson(QJsonDocument::Compact))));
    q.addBindValue(answer.errorCode.isEmpty() ? QVariant() : QVariant(answer.errorCode));
    q.addBindValue(answer.errorMessage.isEmpty() ? QVariant() : QVariant(answer.errorMessage));
    q.addBindValue(answer.surprise.isEmpty() ? QVariant() : QVariant(answer.surprise));
    q.addBindValue(id);
}

// Commits when everything went well; otherwise (or when the commit fails) rolls back and leaves
// the first failure in `error`. SQLite may have ended the transaction itself (a full disk does),
// and then the rollback's own complaint ("no transaction is active") would hide the real cause.
bool commitOrRollBack(QSqlDatabase &db, bool ok, QString *error)
{
    if (ok && db.commit())
        return true;
    if (ok || error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace

qint64 HistoryStore::beginAttempt(const HistoryIntent &intent, QString *error)
{
    if (m_mode != Mode::ReadWrite) {
        *error = m_holder.isEmpty()
            ? QCoreApplication::translate("HistoryStore", "the history is not open for writing")
            : QCoreApplication::translate("HistoryStore", "the history is open read-only here, because %1 is using it")
                  .arg(m_holder);
        return -1;
    }
    // Never into a file known to be damaged; answers kept for want of a writable history first.
    if (!setAsideIfDamaged(error))
        return -1;
    writeKept();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO asserts (state, sent_at, profile, base_url, request_body, match_key, "
                             "match_value, app_version, before_state, prediction, batch_id, batch_row, batch_line) "
                             "VALUES ('in_flight', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(iso(intent.sentAt.isValid() ? intent.sentAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(intent.profile);
    q.addBindValue(intent.baseUrl.toString());
    q.addBindValue(QString::fromUtf8(intent.requestBody));
    q.addBindValue(intent.matchKey);
    q.addBindValue(intent.matchValue.trimmed());
    q.addBindValue(QStringLiteral(ASSERTDESK_VERSION));
    q.addBindValue(jsonOrNull(intent.beforeState));
    q.addBindValue(jsonOrNull(intent.prediction));
    q.addBindValue(intent.batchId > 0 ? QVariant(intent.batchId) : QVariant());
    q.addBindValue(intent.batchId > 0 ? QVariant(intent.batchRow) : QVariant());
    q.addBindValue(intent.batchId > 0 ? QVariant(intent.batchLine) : QVariant());
    QString e;
    bool ok = q.exec();
    const qint64 id = ok ? q.lastInsertId().toLongLong() : -1;
    if (!ok)
        e = q.lastError().text();
    if (ok) {
        SearchText text;
        text.emails << intent.matchValue.trimmed();
        collectFromAttributes(
            QJsonDocument::fromJson(intent.requestBody).object().value(QLatin1String("attributes")).toObject(), text,
            false);
        ok = writeSearchRow(m_connection, id, text, {}, {}, &e);
    }
    if (!commitOrRollBack(db, ok, &e)) {
        *error = e;
        return -1;
    }
    tightenPermissions();
    return id;
}

bool HistoryStore::completeAttempt(qint64 id, const Contract::SendResult &result, QString *error)
{
    if (m_mode != Mode::ReadWrite) {
        *error = QCoreApplication::translate("HistoryStore", "the history is not open for writing");
        return false;
    }
    if (id <= 0) {
        *error = QStringLiteral("no history row %1").arg(id);
        return false;
    }
    writeKept(); // earlier answers first, now that the history may take them
    QString e;
    if (writeCompletion(id, result, {}, {}, &e))
        return true;
    SearchText unused;
    const AnswerSummary answer = summarise(result, unused);
    *error = keepAside(id, result, answer.contactId, answer.action, e);
    return false;
}

bool HistoryStore::writeCompletion(qint64 id, const Contract::SendResult &result, const QString &knownContactId,
                                   const QString &knownAction, QString *error)
{
    const std::optional<HistoryRecord> before = record(id);
    if (!before) {
        *error = QStringLiteral("no history row %1").arg(id);
        return false;
    }
    SearchText text;
    text.emails << before->matchValue;
    collectFromAttributes(
        QJsonDocument::fromJson(before->requestBody).object().value(QLatin1String("attributes")).toObject(), text,
        false);
    AnswerSummary answer = summarise(result, text);
    // A kept answer longer than its file holds was read whole when it was kept.
    if (answer.contactId.isEmpty())
        answer.contactId = knownContactId;
    if (answer.action.isEmpty())
        answer.action = knownAction;
    if (result.outcome == Contract::Outcome::Succeeded)
        answer.surprise
            = Contract::MatchPrediction::fromJson(before->prediction).surpriseFor(answer.action, answer.contactId);
    const StoredBody body = storedBody(result);

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE asserts SET state = 'complete', answered_at = ?, outcome = ?, http_status = ?, response_headers = ?, "
        "response_body = ?, response_compressed = ?, response_size = ?, response_truncated = ?, duration_ms = ?, "
        "contact_id = ?, action = ?, matched_on = ?, error_code = ?, error_message = ?, surprise = ? WHERE id = ?"));
    bindCompletion(q, id, result, answer, body);
    QString e;
    bool ok = q.exec();
    if (!ok)
        e = q.lastError().text();
    // "surprise" is a word of the search, so the history's search box finds them.
    ok = ok
        && writeSearchRow(m_connection, id, text, answer.contactId,
                          answer.surprise.isEmpty() ? answer.errorCode
                                                    : QString(answer.errorCode + QStringLiteral(" surprise")).trimmed(),
                          &e);
    if (ok && m_completionFault) {
        e = m_completionFault();
        ok = e.isEmpty();
    }
    if (!commitOrRollBack(db, ok, &e)) {
        *error = e;
        return false;
    }
    return true;
}

} // namespace AssertDesk::History
