#include "chunkanswer.h"

#include "contactdiff.h"
#include "contactvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace AssertDesk::Session {

using Contract::MatchPrediction;
namespace ContactValue = Contract::ContactValue;

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChunkAnswer)
};

const QLatin1String kEmails("contact_emails");

} // namespace

QByteArray ChunkAnswer::queryBody(const QStringList &addresses, const QString &cursor, int limit)
{
    const QJsonObject filter {{QStringLiteral("field"), kEmails},
                              {QStringLiteral("operator"), QStringLiteral("in")},
                              {QStringLiteral("value"), QJsonArray::fromStringList(addresses)}};
    QJsonObject body {{QStringLiteral("filters"), QJsonArray {filter}}, {QStringLiteral("limit"), limit}};
    // The contract names the answer's next_cursor but not how it goes back; the sandbox takes it
    // as "cursor", as ContactLookup sends it.
    if (!cursor.isEmpty())
        body.insert(QStringLiteral("cursor"), cursor);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool ChunkAnswer::addPage(const QByteArray &body, QString *error, QString *nextCursor)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!doc.isObject() || !data.isArray()) {
        *error = Tr::tr("the server's answer to the query is not a list of contacts.");
        return false;
    }
    for (const QJsonValue &v : data.toArray()) {
        if (!MatchPrediction::isRecord(v)) {
            *error = Tr::tr("a contact in the server's answer to the query has no id.");
            return false;
        }
        const QJsonObject record = v.toObject();
        const QJsonObject attributes = record.value(QLatin1String("attributes")).toObject();
        if (!attributes.contains(kEmails)) {
            *error = Tr::tr("a contact in the server's answer does not list its addresses, so the rows it "
                            "belongs to cannot be told.");
            return false;
        }
        const QString id = record.value(QLatin1String("id")).toString();
        if (m_ids.contains(id))
            continue;
        m_ids.insert(id);
        const qsizetype at = m_records.size();
        m_records << record;
        const QString key = ContactValue::rowKey(kEmails);
        for (const QJsonValue &row : ContactValue::writeForm(kEmails, attributes.value(kEmails)).toArray())
            m_index.insert(ContactValue::rowIdentity(row, key), at);
    }
    const QJsonValue next = doc.object().value(QLatin1String("meta")).toObject().value(QLatin1String("next_cursor"));
    *nextCursor = next.isString() ? next.toString() : QString();
    return true;
}

RowPrediction ChunkAnswer::predict(const PreviewRow &row, const QDateTime &readAt) const
{
    RowPrediction out;
    out.line = row.line;
    out.readAt = readAt;
    QList<qsizetype> at = m_index.values(row.address.trimmed().toLower());
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    QList<QJsonObject> records;
    for (const qsizetype i : std::as_const(at))
        records << m_records.at(i);
    // Every page has been read, so there are no more contacts than these.
    const MatchPrediction p = MatchPrediction::fromRecords(records, row.address, false, readAt);
    switch (p.kind()) {
    case MatchPrediction::Kind::Create: out.kind = RowPrediction::Kind::Create; return out;
    case MatchPrediction::Kind::Ambiguous:
        out.kind = RowPrediction::Kind::Ambiguous;
        out.candidates = p.candidates();
        return out;
    case MatchPrediction::Kind::Unknown: // not from records
        out.reason = p.reason();
        return out;
    case MatchPrediction::Kind::Update: break;
    }
    out.contactId = p.contactId();
    out.contactName = p.contactName();
    out.matchedOn = p.matchedOn();
    out.kind = RowPrediction::Kind::Update;
    if (!p.recordHolds(MatchPrediction::fieldsNeeded(row.attributes))) {
        // Reading each such contact whole would cost a request per row; the batch stays at one per chunk.
        out.reason = Tr::tr("the query's answer does not hold every field the row writes, so the changes were "
                            "not worked out");
        return out;
    }
    const QJsonObject before = p.record().value(QLatin1String("attributes")).toObject();
    for (const Contract::FieldChange &c : Contract::ContactDiff::compare(row.attributes, before, row.address, false))
        if (c.changes())
            out.changes << c;
    if (out.changes.isEmpty())
        out.kind = RowPrediction::Kind::Unchanged;
    return out;
}

} // namespace AssertDesk::Session
