#include "mappingchoices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AssertDesk::Batch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingChoices", text);
}

const QLatin1String kColumns("columns");
const QLatin1String kMatch("match");
const QLatin1String kHeader("header");
const QLatin1String kVersion("version");

bool readColumns(const QJsonValue &value, MappingChoices &out, QString *error)
{
    if (!value.isObject()) {
        *error = tr("\"columns\" must be an object of header names and fields, e.g. "
                    "{\"E-Mail\": \"primary_email\", \"Firma\": null}.");
        return false;
    }
    const QJsonObject columns = value.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.value().isNull()) {
            out.set(it.key(), std::nullopt);
        } else if (it.value().isString()) {
            out.set(it.key(), it.value().toString().trimmed());
        } else {
            *error = tr("column \"%1\" must map to a field name in quotes, or to null to leave it out.").arg(it.key());
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<MappingChoices> MappingChoices::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("not valid JSON: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset)
            : tr("expected a JSON object such as {\"columns\": {\"E-Mail\": \"primary_email\"}}.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    MappingChoices out;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == kColumns) {
            if (!readColumns(it.value(), out, error))
                return std::nullopt;
        } else if (it.key() == kMatch) {
            if (!it.value().isString()) {
                *error = tr("\"match\" must be the header name of the match column, in quotes.");
                return std::nullopt;
            }
            out.setMatch(it.value().toString());
        } else if (it.key() != kHeader && it.key() != kVersion) {
            *error = tr("unknown key \"%1\"; a map file has \"columns\" and, optionally, \"match\".").arg(it.key());
            return std::nullopt;
        }
    }
    return out;
}

QByteArray MappingChoices::toJson(const QStringList &header) const
{
    QJsonObject columns;
    for (const Choice &c : m_choices)
        columns.insert(c.column, c.target ? QJsonValue(*c.target) : QJsonValue(QJsonValue::Null));
    QJsonObject root {{QStringLiteral("version"), 1}, {kColumns, columns}};
    if (!m_match.isEmpty())
        root.insert(kMatch, m_match);
    if (!header.isEmpty())
        root.insert(kHeader, QJsonArray::fromStringList(header));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void MappingChoices::set(const QString &column, const std::optional<QString> &target)
{
    m_choices.insert(normalized(column), Choice {column.trimmed(), target});
}

std::optional<MappingChoices::Choice> MappingChoices::choice(const QString &column) const
{
    const auto it = m_choices.constFind(normalized(column));
    if (it == m_choices.cend())
        return std::nullopt;
    return *it;
}

void MappingChoices::merge(const MappingChoices &other)
{
    for (auto it = other.m_choices.cbegin(); it != other.m_choices.cend(); ++it)
        m_choices.insert(it.key(), it.value());
    if (!other.m_match.isEmpty())
        m_match = other.m_match;
}

} // namespace AssertDesk::Batch
