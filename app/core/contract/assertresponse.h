#pragma once

#include "apierror.h"
#include "typedvalue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AssertDesk::Contract {

// A successful assert (or record read) response: {"data": <record>, "meta": {...}} made typed.
// Parsing is defensive: unknown keys at every level are kept in the extras, the raw bytes are
// kept, and a body that is not such a response yields an error message, never a crash.
class AssertResponse final
{
public:
    enum class Action { Created, Updated, Unknown };

    enum class Lists { Eager, OnDemand };
    // Lists::OnDemand leaves the elements of array attributes untyped until TypedValue::item().
    static AssertResponse parse(const QByteArray &body, int httpStatus = 0, Lists lists = Lists::Eager);
    // Numbers a double cannot hold, by JSON pointer, as written (for elements typed later).
    const QHash<QString, QByteArray> &exactNumbers() const { return m_exactNumbers; }

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // When the body was an error response instead, what it said.
    const ApiError &apiError() const { return m_apiError; }
    bool isErrorBody() const { return m_isErrorBody; }

    QString recordId() const { return m_recordId; }
    QString recordType() const { return m_recordType; }
    QString createdAt() const { return m_createdAt; }
    QString updatedAt() const { return m_updatedAt; }

    Action action() const { return m_action; }
    // True when meta.action said so; false when it was worked out from the status or matched_on.
    bool actionStated() const { return m_actionStated; }
    QString actionText() const; // "created", "updated", "unknown"
    QJsonObject matchedOn() const { return m_matchedOn; }
    bool hasMatchedOn() const { return m_hasMatchedOn; }
    QString matchedOnText() const; // "contact_emails = sarah@acme.com"
    // One sentence a support person reads first.
    QString outcomeSentence() const;

    const QList<TypedValue> &attributes() const { return m_attributes; }
    const TypedValue *attribute(const QString &name) const;

    QJsonObject dataExtras() const { return m_dataExtras; }
    QJsonObject metaExtras() const { return m_metaExtras; }
    QJsonObject topExtras() const { return m_topExtras; }
    QByteArray raw() const { return m_raw; }
    int httpStatus() const { return m_status; }

private:
    // The steps of parse(), in order; each reads m_raw and m_status and fills its own members.
    bool readDocument(QJsonObject *top);
    void explainMissingData(const QJsonObject &top);
    void readRecord(const QJsonObject &data);
    void readAttributes(const QJsonObject &attrs, Lists lists);
    void readMeta(const QJsonObject &meta);

    QString m_error;
    ApiError m_apiError;
    bool m_isErrorBody = false;
    QString m_recordId, m_recordType, m_createdAt, m_updatedAt;
    Action m_action = Action::Unknown;
    bool m_actionStated = false;
    QJsonObject m_matchedOn;
    bool m_hasMatchedOn = false;
    QList<TypedValue> m_attributes;
    QJsonObject m_dataExtras, m_metaExtras, m_topExtras;
    QByteArray m_raw;
    int m_status = 0;
    QHash<QString, QByteArray> m_exactNumbers;
};

} // namespace AssertDesk::Contract
