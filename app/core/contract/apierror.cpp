#include "apierror.h"

#include "jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

// Bodies can be anything; what is shown of a non-JSON one is short, printable text.
QString printableExcerpt(const QByteArray &body, qsizetype max = 300)
{
    QString text = QString::fromUtf8(body.left(max * 4)).simplified();
    QString clean;
    for (const QChar c : std::as_const(text))
        clean += (c.isPrint() ? c : QChar(0xFFFD));
    if (clean.size() > max)
        clean = clean.left(max) + QStringLiteral("…");
    return clean;
}

QString pointerFromField(const QJsonValue &v)
{
    if (v.isArray())
        return JsonPointer::fromLocation(v.toArray());
    const QString s = v.toString();
    if (s.startsWith(QLatin1Char('/')))
        return s;
    return JsonPointer::fromDottedPath(s);
}

} // namespace

QString ApiError::defaultCode(int status)
{
    switch (status) {
    case 400: return QStringLiteral("bad_request");
    case 401: return QStringLiteral("unauthenticated");
    case 403: return QStringLiteral("permission_denied");
    case 404: return QStringLiteral("not_found");
    case 405: return QStringLiteral("method_not_allowed");
    case 409: return QStringLiteral("conflict");
    case 413: return QStringLiteral("payload_too_large");
    case 415: return QStringLiteral("unsupported_media_type");
    case 422: return QStringLiteral("unprocessable_entity");
    case 429: return QStringLiteral("rate_limited");
    default: break;
    }
    if (status >= 500)
        return QStringLiteral("server_error");
    if (status >= 400)
        return QStringLiteral("http_%1").arg(status);
    return QString();
}

bool ApiError::looksLikeError(const QJsonObject &body)
{
    return body.value(QLatin1String("error")).isObject() || body.value(QLatin1String("error")).isString()
        || body.contains(QLatin1String("detail")) || body.value(QLatin1String("errors")).isArray();
}

void ApiError::readErrorObject(const QJsonObject &error)
{
    m_code = error.value(QLatin1String("code")).toString(m_code);
    m_message
        = error.value(QLatin1String("message")).toString(error.value(QLatin1String("detail")).toString(m_message));
    for (const char *key : {"field", "pointer", "path", "loc"}) {
        const QJsonValue f = error.value(QLatin1String(key));
        if (f.isString() || f.isArray()) {
            m_fields.append({pointerFromField(f), m_message, m_code});
            break;
        }
    }
    for (const QJsonValue &p : error.value(QLatin1String("missing_permissions")).toArray())
        m_missingPermissions << p.toString();
}

void ApiError::readDetail(const QJsonValue &detail)
{
    if (detail.isString()) {
        m_message = detail.toString();
        return;
    }
    if (detail.isObject()) {
        readErrorObject(detail.toObject());
        return;
    }
    // FastAPI-style list of {loc, msg, type}.
    QStringList messages;
    for (const QJsonValue &item : detail.toArray()) {
        const QJsonObject o = item.toObject();
        const QString msg = o.value(QLatin1String("msg")).toString(o.value(QLatin1String("message")).toString());
        const QString type = o.value(QLatin1String("type")).toString(o.value(QLatin1String("code")).toString());
        const QString pointer = pointerFromField(o.contains(QLatin1String("loc")) ? o.value(QLatin1String("loc"))
                                                                                  : o.value(QLatin1String("field")));
        m_fields.append({pointer, msg, type});
        if (!msg.isEmpty())
            messages << (pointer.isEmpty() ? msg : pointer + QLatin1String(": ") + msg);
        if (m_code.isEmpty() && !type.isEmpty())
            m_code = type;
    }
    if (!messages.isEmpty())
        m_message = messages.join(QLatin1String("; "));
}

ApiError ApiError::parse(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.m_status = httpStatus;
    e.m_raw = body;
    if (body.trimmed().isEmpty()) {
        e.m_code = defaultCode(httpStatus);
        e.m_message = Tr::tr("The server sent no body.");
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        e.m_code = defaultCode(httpStatus);
        e.m_message = Tr::tr("The server sent a non-JSON body: %1").arg(printableExcerpt(body));
        return e;
    }
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isObject())
            e.readErrorObject(error.toObject());
        else if (error.isString())
            e.m_message = error.toString();
        if (o.contains(QLatin1String("detail")))
            e.readDetail(o.value(QLatin1String("detail")));
        if (o.value(QLatin1String("errors")).isArray())
            e.readDetail(o.value(QLatin1String("errors")));
        if (e.m_code.isEmpty())
            e.m_code = o.value(QLatin1String("code")).toString();
        if (e.m_message.isEmpty())
            e.m_message = o.value(QLatin1String("message")).toString();
    }
    if (e.m_code.isEmpty())
        e.m_code = defaultCode(httpStatus);
    if (e.m_message.isEmpty())
        e.m_message = Tr::tr("The server's answer did not say what went wrong: %1").arg(printableExcerpt(body));
    return e;
}

void ApiError::resolveAgainst(const QJsonObject &requestBody)
{
    const QJsonObject attributes = requestBody.value(QLatin1String("attributes")).toObject();
    const QJsonObject match = requestBody.value(QLatin1String("match")).toObject();
    for (Field &f : m_fields) {
        const QStringList tokens = JsonPointer::split(f.pointer);
        if (tokens.isEmpty())
            continue;
        const QString &first = tokens.first();
        if (first == QLatin1String("attributes") || first == QLatin1String("match")
            || first == QLatin1String("relationships"))
            continue;
        if (attributes.contains(first))
            f.pointer = QStringLiteral("/attributes") + f.pointer;
        else if (match.contains(first))
            f.pointer = QStringLiteral("/match") + f.pointer;
    }
}

QString ApiError::summary() const
{
    QString text = m_status > 0 ? QString::number(m_status) + QLatin1Char(' ') : QString();
    text += m_code.isEmpty() ? m_message : m_code + QLatin1String(": ") + m_message;
    QStringList pointers;
    for (const Field &f : m_fields)
        if (!f.pointer.isEmpty() && !pointers.contains(f.pointer))
            pointers << f.pointer;
    if (!pointers.isEmpty())
        text += QStringLiteral(" (%1)").arg(pointers.join(QLatin1String(", ")));
    return text;
}

} // namespace AssertDesk::Contract
