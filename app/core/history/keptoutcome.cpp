#include "keptoutcome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace AssertDesk::History {

namespace {

const QLatin1String kPrefix("history.kept-");
const QLatin1String kSuffix(".json");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<Contract::Outcome> outcomeNamed(const QString &name)
{
    using Contract::Outcome;
    for (const Outcome o :
         {Outcome::NotSent, Outcome::Rejected, Outcome::Succeeded, Outcome::Unknown, Outcome::Cancelled})
        if (Contract::outcomeName(o) == name)
            return o;
    return std::nullopt;
}

#ifdef Q_OS_UNIX
// The rename that puts the file in place must reach the disk too.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

} // namespace

KeptOutcome::KeptOutcome(qint64 id, QDateTime rowSentAt, Contract::SendResult result, QString contactId, QString action)
    : m_id(id)
    , m_rowSentAt(std::move(rowSentAt))
    , m_result(std::move(result))
    , m_contactId(std::move(contactId))
    , m_action(std::move(action))
{
    // The contact id and action are kept apart; the parse of the answer (which can be many times
    // its size) is not held while the history cannot take it.
    m_result.answer.reset();
    if (m_result.body.size() > kMaxKeptBody) {
        m_result.body.truncate(kMaxKeptBody);
        m_result.bodyTruncated = true;
    }
}

QString KeptOutcome::pathFor(const QString &dir, qint64 id)
{
    return dir + QLatin1Char('/') + kPrefix + QString::number(id) + kSuffix;
}

QList<qint64> KeptOutcome::idsIn(const QString &dir)
{
    QList<qint64> ids;
    const QStringList names = QDir(dir).entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 id
            = QStringView(name).mid(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size()).toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QByteArray KeptOutcome::toJson() const
{
    const Contract::SendResult &r = m_result;
    QJsonArray headers;
    for (const auto &h : r.headers)
        headers.append(QJsonArray {QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("history_entry"), m_id},
                             {QStringLiteral("entry_sent_at"), iso(m_rowSentAt)},
                             {QStringLiteral("outcome"), Contract::outcomeName(r.outcome)},
                             {QStringLiteral("http_status"), r.httpStatus},
                             {QStringLiteral("contact_id"), m_contactId},
                             {QStringLiteral("action"), m_action},
                             {QStringLiteral("summary"), r.summary},
                             {QStringLiteral("detail"), r.detail},
                             {QStringLiteral("redirect_location"), r.redirectLocation},
                             {QStringLiteral("retry_at"), iso(r.retryAt)},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("body_base64"), QString::fromLatin1(r.body.toBase64())},
                             {QStringLiteral("body_truncated"), r.bodyTruncated},
                             {QStringLiteral("attempts"), r.attempts},
                             {QStringLiteral("elapsed_ms"), r.elapsedMs},
                             {QStringLiteral("sent_at"), iso(r.sentAt)},
                             {QStringLiteral("answered_at"), iso(r.answeredAt)},
                         })
        .toJson(QJsonDocument::Indented);
}

bool KeptOutcome::save(const QString &dir, QString *error) const
{
    const QString path = pathFor(dir, m_id);
    const QByteArray bytes = toJson();
#ifdef Q_OS_UNIX
    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(bytes) != bytes.size()
        || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = file.errorString();
        file.close();
        QFile::remove(temporary);
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return false;
    }
    syncDirectory(dir);
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
#endif
}

std::optional<KeptOutcome> KeptOutcome::load(const QString &dir, qint64 id, QString *error)
{
    QFile file(pathFor(dir, id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const auto outcome = outcomeNamed(o.value(QLatin1String("outcome")).toString());
    if (!outcome || o.value(QLatin1String("history_entry")).toInteger() != id) {
        *error = QStringLiteral("%1 is not a kept answer").arg(file.fileName());
        return std::nullopt;
    }
    Contract::SendResult r;
    r.outcome = *outcome;
    r.httpStatus = o.value(QLatin1String("http_status")).toInt();
    r.summary = o.value(QLatin1String("summary")).toString();
    r.detail = o.value(QLatin1String("detail")).toString();
    r.redirectLocation = o.value(QLatin1String("redirect_location")).toString();
    r.retryAt = QDateTime::fromString(o.value(QLatin1String("retry_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &h : o.value(QLatin1String("headers")).toArray())
        r.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
    r.body = QByteArray::fromBase64(o.value(QLatin1String("body_base64")).toString().toLatin1());
    r.bodyTruncated = o.value(QLatin1String("body_truncated")).toBool();
    r.attempts = o.value(QLatin1String("attempts")).toInt();
    r.elapsedMs = o.value(QLatin1String("elapsed_ms")).toInteger();
    r.sentAt = QDateTime::fromString(o.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs);
    r.answeredAt = QDateTime::fromString(o.value(QLatin1String("answered_at")).toString(), Qt::ISODateWithMs);
    return KeptOutcome(id, QDateTime::fromString(o.value(QLatin1String("entry_sent_at")).toString(), Qt::ISODateWithMs),
                       r, o.value(QLatin1String("contact_id")).toString(), o.value(QLatin1String("action")).toString());
}

void KeptOutcome::remove(const QString &dir, qint64 id)
{
    QFile::remove(pathFor(dir, id));
}

QString KeptOutcome::setAside(const QString &dir, qint64 id)
{
    const QString aside = dir
        + QStringLiteral("/history.orphaned-%1-%2.json")
              .arg(id)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QFile::rename(pathFor(dir, id), aside) ? aside : pathFor(dir, id);
}

} // namespace AssertDesk::History
