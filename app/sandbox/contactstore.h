#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <QSet>

#include <optional>

namespace AssertDesk::Sandbox {

// The sandbox's contacts, in memory, optionally written through to a SQLite file so they
// survive a restart. A contact is kept in its plain form (values, not envelopes); the email
// index maps every address in its contact_emails (by EmailMatch::key) to the contacts that have
// it, so `_query` on addresses looks them up instead of reading every contact. An address on two
// contacts (a contacts file written before addresses were unique) stays on both: such a query
// still finds both, as a scan did, and the match stays ambiguous.
class ContactStore final
{
public:
    ContactStore();
    ~ContactStore();
    ContactStore(const ContactStore &) = delete;
    ContactStore &operator=(const ContactStore &) = delete;

    // Loads and then writes through to FILE. Returns false with a message when it cannot.
    bool open(const QString &path, QString *error);

    qsizetype size() const { return m_order.size(); }
    std::optional<QJsonObject> contact(const QString &id) const;
    // The contact owning an address (the first made, if a file gave it to two), or empty.
    QString idForEmail(const QString &email) const;
    // In creation order, from the one after the contact `after` (or the first).
    QList<QJsonObject> contacts(const QString &after = {}) const;
    // The contacts with an address whose EmailMatch::key is in `keys`, in creation order, from
    // the one after the contact `after` (or the first).
    QList<QJsonObject> contactsWithEmails(const QSet<QString> &keys, const QString &after = {}) const;

    // Inserts or replaces; the caller has checked the emails are free.
    bool save(const QJsonObject &contact, QString *error);

private:
    void index(const QJsonObject &contact);
    void unindex(const QString &id);

    qsizetype positionAfter(const QString &after) const;

    QHash<QString, QJsonObject> m_contacts;
    QHash<QString, QStringList> m_emailIndex; // EmailMatch::key -> ids, each once
    QStringList m_order;
    QHash<QString, qsizetype> m_position; // id -> its place in m_order
    QString m_connection;
};

} // namespace AssertDesk::Sandbox
