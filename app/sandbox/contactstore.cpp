#include "contactstore.h"

#include "emailmatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace AssertDesk::Sandbox {

ContactStore::ContactStore() = default;

ContactStore::~ContactStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ContactStore::open(const QString &path, QString *error)
{
    m_connection = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "CREATE TABLE IF NOT EXISTS contacts (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                            "doc TEXT NOT NULL)"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = QStringLiteral("cannot prepare %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    if (!q.exec(QStringLiteral("SELECT doc FROM contacts ORDER BY seq"))) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QJsonObject c = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const QString id = c.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        if (m_contacts.contains(id))
            unindex(id);
        else {
            m_position.insert(id, m_order.size());
            m_order << id;
        }
        m_contacts.insert(id, c);
        index(c);
    }
    return true;
}

std::optional<QJsonObject> ContactStore::contact(const QString &id) const
{
    const auto it = m_contacts.constFind(id);
    if (it == m_contacts.cend())
        return std::nullopt;
    return *it;
}

QString ContactStore::idForEmail(const QString &email) const
{
    return m_emailIndex.value(EmailMatch::key(email)).value(0);
}

// Where a page that follows `after` starts; an unknown `after`, the start.
qsizetype ContactStore::positionAfter(const QString &after) const
{
    return after.isEmpty() ? 0 : m_position.value(after, -1) + 1;
}

QList<QJsonObject> ContactStore::contacts(const QString &after) const
{
    QList<QJsonObject> out;
    const qsizetype from = positionAfter(after);
    out.reserve(m_order.size() - from);
    for (qsizetype i = from; i < m_order.size(); ++i)
        out << m_contacts.value(m_order.at(i));
    return out;
}

QList<QJsonObject> ContactStore::contactsWithEmails(const QSet<QString> &keys, const QString &after) const
{
    const qsizetype from = positionAfter(after);
    QList<qsizetype> positions;
    for (const QString &key : keys)
        for (const QString &id : m_emailIndex.value(key))
            if (const qsizetype at = m_position.value(id); at >= from)
                positions << at;
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QList<QJsonObject> out;
    out.reserve(positions.size());
    for (const qsizetype at : std::as_const(positions))
        out << m_contacts.value(m_order.at(at));
    return out;
}

bool ContactStore::save(const QJsonObject &contact, QString *error)
{
    const QString id = contact.value(QLatin1String("id")).toString();
    const bool isNew = !m_contacts.contains(id);
    if (!m_connection.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO contacts (id, seq, doc) VALUES (?, ?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET doc = excluded.doc"));
        q.addBindValue(id);
        q.addBindValue(isNew ? m_order.size() : m_position.value(id));
        q.addBindValue(QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!isNew) {
        unindex(id);
    } else {
        m_position.insert(id, m_order.size());
        m_order << id;
    }
    m_contacts.insert(id, contact);
    index(contact);
    return true;
}

void ContactStore::index(const QJsonObject &contact)
{
    const QString id = contact.value(QLatin1String("id")).toString();
    for (const QJsonValue &row : contact.value(QLatin1String("contact_emails")).toArray()) {
        QStringList &ids = m_emailIndex[EmailMatch::key(row.toObject().value(QLatin1String("email")).toString())];
        if (!ids.contains(id)) // an address written twice on one contact names it once
            ids << id;
    }
}

// Only this contact leaves its addresses' entries: another contact given the same address by a
// file keeps it.
void ContactStore::unindex(const QString &id)
{
    for (const QJsonValue &row : m_contacts.value(id).value(QLatin1String("contact_emails")).toArray()) {
        const QString key = EmailMatch::key(row.toObject().value(QLatin1String("email")).toString());
        const auto it = m_emailIndex.find(key);
        if (it == m_emailIndex.end())
            continue;
        it->removeAll(id);
        if (it->isEmpty())
            m_emailIndex.erase(it);
    }
}

} // namespace AssertDesk::Sandbox
