#include "serverproblems.h"

#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Ui {

void ServerProblems::set(const Contract::ValidationProblems &problems, const QJsonObject &sentBody)
{
    m_entries.clear();
    for (const Contract::ValidationProblem &p : problems)
        m_entries.append({p, valueAt(sentBody, p.pointer)});
}

Contract::ValidationProblems ServerProblems::standing(const QByteArray &currentBody)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(currentBody, &error);
    if (doc.isObject()) {
        const QJsonObject body = doc.object();
        m_entries.removeIf([&body](const Entry &e) { return valueAt(body, e.problem.pointer) != e.sent; });
    }
    Contract::ValidationProblems out;
    for (const Entry &e : std::as_const(m_entries)) {
        Contract::ValidationProblem p = e.problem;
        p.message = tr("server: %1").arg(p.message);
        out.append(p);
    }
    return out;
}

QJsonValue ServerProblems::valueAt(const QJsonObject &body, const QString &pointer)
{
    QJsonValue at = body;
    for (const QString &token : Contract::JsonPointer::split(pointer)) {
        if (at.isObject()) {
            at = at.toObject().value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = at.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            at = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return at;
}

} // namespace AssertDesk::Ui
