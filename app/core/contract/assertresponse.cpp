#include "assertresponse.h"

#include "jsonpointer.h"
#include "jsonscan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssertResponse)
};

QString idText(const QJsonValue &v, const QHash<QString, QByteArray> &literals, const QString &pointer)
{
    // IDs are strings; a numeric one is shown exactly as written, never rounded through a double.
    if (v.isString())
        return v.toString();
    if (literals.contains(pointer))
        return QString::fromLatin1(literals.value(pointer));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

void attachLiterals(TypedValue &t, const QHash<QString, QByteArray> &literals)
{
    if (literals.contains(t.pointer))
        t.literal = QString::fromLatin1(literals.value(t.pointer));
    for (TypedValue &item : t.items)
        attachLiterals(item, literals);
}

// A number a double may round has at least 16 digits in a row; most bodies have none, and then
// the second, lexical pass over them is skipped.
bool hasLongDigitRun(const QByteArray &body)
{
    int run = 0;
    for (const char c : body) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= 16)
            return true;
    }
    return false;
}

} // namespace

AssertResponse AssertResponse::parse(const QByteArray &body, int httpStatus, Lists lists)
{
    AssertResponse r;
    r.m_raw = body;
    r.m_status = httpStatus;
    QJsonObject top;
    if (!r.readDocument(&top))
        return r;
    const QJsonValue dataValue = top.value(QLatin1String("data"));
    if (!dataValue.isObject()) {
        r.explainMissingData(top);
        return r;
    }
    const QJsonObject data = dataValue.toObject();
    const QJsonValue attrsValue = data.value(QLatin1String("attributes"));
    if (!attrsValue.isObject()) {
        r.m_error = Tr::tr("\"data\" has no \"attributes\" object, so it is not a contact record.");
        return r;
    }
    if (hasLongDigitRun(body))
        r.m_exactNumbers = JsonScan::scan(body).inexactNumbers;
    r.readRecord(data);
    r.readAttributes(attrsValue.toObject(), lists);
    r.readMeta(top.value(QLatin1String("meta")).toObject());
    for (auto it = top.begin(); it != top.end(); ++it)
        if (it.key() != QLatin1String("data") && it.key() != QLatin1String("meta"))
            r.m_topExtras.insert(it.key(), it.value());
    return r;
}

bool AssertResponse::readDocument(QJsonObject *top)
{
    if (m_raw.trimmed().isEmpty()) {
        m_error = Tr::tr("The body is empty; expected {\"data\": ..., \"meta\": ...}.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error
            = Tr::tr("The body is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        m_error = Tr::tr("The body is a JSON %1, not an assert response object.")
                      .arg(doc.isArray() ? Tr::tr("list") : Tr::tr("value"));
        return false;
    }
    *top = doc.object();
    return true;
}

void AssertResponse::explainMissingData(const QJsonObject &top)
{
    if (ApiError::looksLikeError(top) || m_status >= 400) {
        m_isErrorBody = true;
        m_apiError = ApiError::parse(m_status, m_raw);
        m_error = Tr::tr("This is an error response, not a record: %1").arg(m_apiError.summary());
    } else {
        m_error = Tr::tr("The body has no \"data\" object, so it is not an assert response.");
    }
}

void AssertResponse::readRecord(const QJsonObject &data)
{
    m_recordId = idText(data.value(QLatin1String("id")), m_exactNumbers, QStringLiteral("/data/id"));
    m_recordType = data.value(QLatin1String("record_type")).toString();
    m_createdAt = data.value(QLatin1String("created_at")).toString();
    m_updatedAt = data.value(QLatin1String("updated_at")).toString();
    for (auto it = data.begin(); it != data.end(); ++it) {
        static const QStringList known
            = {QStringLiteral("id"), QStringLiteral("record_type"), QStringLiteral("created_at"),
               QStringLiteral("updated_at"), QStringLiteral("attributes")};
        if (!known.contains(it.key()))
            m_dataExtras.insert(it.key(), it.value());
    }
}

void AssertResponse::readAttributes(const QJsonObject &attrs, Lists lists)
{
    m_attributes.reserve(attrs.size());
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        TypedValue t = TypedValue::fromEnvelope(it.key(), it.value(),
                                                JsonPointer::append(QStringLiteral("/data/attributes"), it.key()),
                                                lists == Lists::Eager);
        attachLiterals(t, m_exactNumbers);
        m_attributes << t;
    }
}

// meta.action when it says created or updated; else worked out from the status or matched_on.
void AssertResponse::readMeta(const QJsonObject &meta)
{
    const QString action = meta.value(QLatin1String("action")).toString();
    m_hasMatchedOn = meta.value(QLatin1String("matched_on")).isObject();
    m_matchedOn = meta.value(QLatin1String("matched_on")).toObject();
    if (action == QLatin1String("created")) {
        m_action = Action::Created;
        m_actionStated = true;
    } else if (action == QLatin1String("updated")) {
        m_action = Action::Updated;
        m_actionStated = true;
    } else if (m_status == 201) {
        m_action = Action::Created;
    } else if (!m_matchedOn.isEmpty()) {
        m_action = Action::Updated;
    }
    for (auto it = meta.begin(); it != meta.end(); ++it)
        if (it.key() != QLatin1String("action") && it.key() != QLatin1String("matched_on"))
            m_metaExtras.insert(it.key(), it.value());
    if (!action.isEmpty() && !m_actionStated)
        m_metaExtras.insert(QStringLiteral("action"), action); // an action we do not know: shown, not lost
}

const TypedValue *AssertResponse::attribute(const QString &name) const
{
    for (const TypedValue &t : m_attributes)
        if (t.name == name)
            return &t;
    return nullptr;
}

QString AssertResponse::actionText() const
{
    switch (m_action) {
    case Action::Created: return QStringLiteral("created");
    case Action::Updated: return QStringLiteral("updated");
    case Action::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString AssertResponse::matchedOnText() const
{
    QStringList parts;
    for (auto it = m_matchedOn.begin(); it != m_matchedOn.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isString() ? v.toString()
            : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isArray()  ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                           : v.toVariant().toString();
        parts << it.key() + QLatin1String(" = ") + value;
    }
    return parts.join(QLatin1String(", "));
}

QString AssertResponse::outcomeSentence() const
{
    const QString inferred
        = m_actionStated ? QString() : Tr::tr(" (worked out from the answer; meta.action was absent)");
    switch (m_action) {
    case Action::Created: return Tr::tr("Created: no contact matched, so a new one was made.") + inferred;
    case Action::Updated:
        return (m_matchedOn.isEmpty() ? Tr::tr("Updated an existing contact (the server did not say what matched).")
                                      : Tr::tr("Updated: matched on %1.").arg(matchedOnText()))
            + inferred;
    case Action::Unknown: break;
    }
    return Tr::tr("The answer does not say whether the contact was created or updated.");
}

} // namespace AssertDesk::Contract
