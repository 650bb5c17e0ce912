#pragma once

#include "validationproblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace AssertDesk::Ui {

// What the server rejected in a request (a 422 naming fields), held against the body that was
// sent: each problem stands, marked as the server's, until its field holds something else. The
// local checks cannot know these (an unknown owner, a stage's entrance criteria), so they are
// listed beside the checks' own problems rather than replacing them.
class ServerProblems final
{
    Q_DECLARE_TR_FUNCTIONS(ServerProblems)

public:
    void set(const Contract::ValidationProblems &problems, const QJsonObject &sentBody);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The problems whose field still holds what was sent, with "server: " before the message;
    // the others are forgotten for good (editing a field back does not bring its problem back).
    // A body that is not a JSON object cannot be compared: everything stands.
    Contract::ValidationProblems standing(const QByteArray &currentBody);

    // The value a JSON pointer names in `body`; undefined when there is none.
    static QJsonValue valueAt(const QJsonObject &body, const QString &pointer);

private:
    struct Entry
    {
        Contract::ValidationProblem problem;
        QJsonValue sent;
    };
    QList<Entry> m_entries;
};

} // namespace AssertDesk::Ui
