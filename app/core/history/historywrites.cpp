#include "historystatements.h"
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

bool writeSearchRow(QSqlQuery &del, QSqlQuery &ins, qint64 id, const SearchText &text, const QString &contactId,
                    const QString &errorCode, QString *error)
{
    del.addBindValue(id);
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

// The same words collectFromAttributes reads from an answer's body, from the answer as the send
// already read it (reading the body again cost more than writing the row).
void collectFromAnswer(const Contract::AssertResponse &response, SearchText &out)
{
    const auto plain = [&](const char *name) {
        const Contract::TypedValue *v = response.attribute(QLatin1String(name));
        // Only what came in a {value, value_type} envelope (its pointer ends in /value).
        return v && v->kind != Contract::TypedValue::Kind::List && v->pointer.endsWith(QLatin1String("/value"))
            ? v->value.toString()
            : QString();
    };
    out.emails << plain("primary_email");
    out.names << plain("first_name") << plain("last_name");
    if (const Contract::TypedValue *rows = response.attribute(QStringLiteral("contact_emails"));
        rows && rows->kind == Contract::TypedValue::Kind::List)
        for (const QJsonValue &row : rows->value.toArray())
            out.emails
                << row.toObject().value(QLatin1String("value")).toObject().value(QLatin1String("email")).toString();
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
            if (result.answer)
                collectFromAnswer(response, text);
            else
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
    // When the request left: a batch writes its intents a little ahead of that.
    q.addBindValue(result.sentAt.isValid() ? QVariant(iso(result.sentAt)) : QVariant());
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

bool HistoryStore::readyToWrite(QString *error)
{
    if (m_mode != Mode::ReadWrite) {
        *error = m_holder.isEmpty()
            ? QCoreApplication::translate("HistoryStore", "the history is not open for writing")
            : QCoreApplication::translate("HistoryStore", "the history is open read-only here, because %1 is using it")
                  .arg(m_holder);
        return false;
    }
    // Never into a file known to be damaged; answers kept for want of a writable history first.
    if (!setAsideIfDamaged(error))
        return false;
    writeKept();
    if (!prepared().ok) {
        *error = prepared().lastError;
        return false;
    }
    return true;
}

qint64 HistoryStore::beginAttempt(const HistoryIntent &intent, QString *error)
{
    if (!readyToWrite(error))
        return -1;
    setDurable(true);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    QString e;
    const qint64 id = insertIntent(intent, &e);
    if (!commitOrRollBack(db, id > 0, &e)) {
        m_intents.remove(id);
        *error = e;
        return -1;
    }
    wrote();
    return id;
}

// The intent row and its search words, inside the caller's transaction; -1 on failure.
qint64 HistoryStore::insertIntent(const HistoryIntent &intent, QString *error)
{
    QSqlQuery &q = prepared().insertIntent;
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
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    SearchText text;
    text.emails << intent.matchValue.trimmed();
    collectFromAttributes(
        QJsonDocument::fromJson(intent.requestBody).object().value(QLatin1String("attributes")).toObject(), text,
        false);
    if (!writeSearchRow(prepared().deleteSearch, prepared().insertSearch, id, text, {}, {}, error))
        return -1;
    // A bound on what rows never completed (a run cut short) may leave here; the row is read
    // back for those.
    if (m_intents.size() >= 10000)
        m_intents.clear();
    m_intents.insert(id, {text.emails, text.names, intent.prediction});
    return id;
}

void HistoryStore::wrote()
{
    if (m_tightened)
        return;
    tightenPermissions();
    m_tightened = true;
}

void HistoryStore::setDurable(bool durable)
{
    if (m_durable == int(durable))
        return;
    QString e;
    if (exec(durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"), &e))
        m_durable = int(durable);
    else
        m_durable = -1;
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
    if (!prepared().ok) {
        *error = prepared().lastError;
        return false;
    }
    setDurable(false);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QString e;
    const bool ok = updateCompletion(id, result, knownContactId, knownAction, &e);
    if (!commitOrRollBack(db, ok, &e)) {
        *error = e;
        return false;
    }
    m_intents.remove(id);
    wrote();
    return true;
}

// The row's answer and its search words, inside the caller's transaction.
bool HistoryStore::updateCompletion(qint64 id, const Contract::SendResult &result, const QString &knownContactId,
                                    const QString &knownAction, QString *error)
{
    IntentMemo before;
    if (const auto memo = m_intents.constFind(id); memo != m_intents.cend()) {
        before = *memo;
    } else {
        const std::optional<HistoryRecord> row = record(id);
        if (!row) {
            *error = QStringLiteral("no history row %1").arg(id);
            return false;
        }
        SearchText read;
        read.emails << row->matchValue;
        collectFromAttributes(
            QJsonDocument::fromJson(row->requestBody).object().value(QLatin1String("attributes")).toObject(), read,
            false);
        before = {read.emails, read.names, row->prediction};
    }
    SearchText text {before.emails, before.names};
    AnswerSummary answer = summarise(result, text);
    // A kept answer longer than its file holds was read whole when it was kept.
    if (answer.contactId.isEmpty())
        answer.contactId = knownContactId;
    if (answer.action.isEmpty())
        answer.action = knownAction;
    if (result.outcome == Contract::Outcome::Succeeded)
        answer.surprise
            = Contract::MatchPrediction::fromJson(before.prediction).surpriseFor(answer.action, answer.contactId);
    const StoredBody body = storedBody(result);

    QSqlQuery &q = prepared().updateCompletion;
    bindCompletion(q, id, result, answer, body);
    bool ok = q.exec();
    if (!ok) {
        *error = q.lastError().text();
        return false;
    }
    // "surprise" is a word of the search, so the history's search box finds them.
    ok = writeSearchRow(prepared().deleteSearch, prepared().insertSearch, id, text, answer.contactId,
                        answer.surprise.isEmpty() ? answer.errorCode
                                                  : QString(answer.errorCode + QStringLiteral(" surprise")).trimmed(),
                        error);
    if (ok && m_completionFault) {
        *error = m_completionFault();
        ok = error->isEmpty();
    }
    return ok;
}

} // namespace AssertDesk::History
