#pragma once

#include "historyservice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace AssertDesk::Test {

// Writes past sends into a history as a send would (intent row, then its answer), for tests of
// the window's history views.
class HistoryFill
{
public:
    explicit HistoryFill(History::HistoryService *history)
        : m_history(history)
    {
    }

    struct Send
    {
        QString profile = QStringLiteral("Sandbox");
        QString email;
        QByteArray attributes = "{}"; // the request's attributes object
        QJsonObject before;           // the contact as read just before sending ({} for none)
    };

    // Answered 201 created / 200 updated with this contact id; the entry's id (<= 0 on failure).
    qint64 created(const Send &send, const QString &contactId);
    qint64 updated(const Send &send, const QString &contactId);
    // Answered 422 with this error code.
    qint64 rejected(const Send &send, const QString &code);

    // {"id": ID, "attributes": {"title": {"value": TITLE}, ...}}: a contact as read before a send.
    static QJsonObject contact(const QString &id, const QJsonObject &values);

private:
    qint64 write(const Send &send, int status, const QByteArray &body, bool succeeded);

    History::HistoryService *m_history;
};

} // namespace AssertDesk::Test
