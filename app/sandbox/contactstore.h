#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace AssertDesk::Sandbox {

// The sandbox's contacts, in memory, optionally written through to a SQLite file so they
// survive a restart. A contact is kept in its plain form (values, not envelopes); the email
// index maps every address in its contact_emails (by EmailMatch::key) to it.
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
    // The contact owning an address, or empty.
    QString idForEmail(const QString &email) const;
    // In creation order.
    QList<QJsonObject> contacts() const;

    // Inserts or replaces; the caller has checked the emails are free.
    bool save(const QJsonObject &contact, QString *error);

private:
    void index(const QJsonObject &contact);
    void unindex(const QString &id);

    QHash<QString, QJsonObject> m_contacts;
    QHash<QString, QString> m_emailIndex;
    QStringList m_order;
    QString m_connection;
};

} // namespace AssertDesk::Sandbox
