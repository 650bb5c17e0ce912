#include "rowmapper.h"

#include "jsonpointer.h"
#include "valuechecker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringEncoder>

#include <algorithm>

namespace AssertDesk::Batch {

namespace {

using Contract::WriteShape;
using Kind = ColumnTarget::Kind;

const QString kAddress = QStringLiteral("address");
const QString kEmails = QStringLiteral("contact_emails");
const QString kPhones = QStringLiteral("contact_phone_numbers");
// The same names as JSON keys, written into every row's request.
const QByteArray kAddressKey = QByteArrayLiteral("\"address\"");
const QByteArray kEmailsKey = QByteArrayLiteral("\"contact_emails\"");
const QByteArray kPhonesKey = QByteArrayLiteral("\"contact_phone_numbers\"");

// JSON text for one string: UTF-8, with what JSON must escape escaped. Encoded straight into
// the buffer: a temporary per cell was a tenth of building the request.
void appendString(QByteArray &out, const QString &text)
{
    const auto plain = [](char c) { return c != '"' && c != '\\' && static_cast<uchar>(c) >= 0x20; };
    out += '"';
    const qsizetype start = out.size();
    // Nearly every cell is ASCII with nothing to escape: copied byte for byte, without an encoder
    // (setting one up for each cell was a fifth of writing the request text).
    const QStringView view(text);
    if (std::all_of(view.begin(), view.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
        })) {
        out.resize(start + view.size());
        std::transform(view.begin(), view.end(), out.begin() + start, [](QChar c) { return char(c.unicode()); });
        out += '"';
        return;
    }
    QStringEncoder utf8(QStringEncoder::Utf8);
    out += utf8(text);
    if (!std::all_of(out.cbegin() + start, out.cend(), plain)) {
        const QByteArray raw = out.sliced(start);
        out.truncate(start);
        for (const char c : raw) {
            if (plain(c)) {
                out += c;
            } else if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xF];
                out += "0123456789abcdef"[c & 0xF];
            }
        }
    }
    out += '"';
}

void appendBoolean(QByteArray &out, const QString &cell)
{
    const QString t = cell.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        out += "true";
    else if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        out += "false";
    else
        appendString(out, cell);
}

void appendNumber(QByteArray &out, const QString &cell)
{
    bool ok = false;
    const double number = cell.trimmed().toDouble(&ok);
    if (ok && qIsFinite(number))
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        appendString(out, cell);
}

void appendReference(QByteArray &out, const QString &cell)
{
    // An owner is most often known by email; the contract matches a user by it.
    if (Contract::ValueChecker::isUuid(cell.trimmed()) || !cell.contains(QLatin1Char('@'))) {
        appendString(out, cell);
        return;
    }
    out += "{\"related_record_match\":{\"email\":";
    appendString(out, cell.trimmed());
    out += "}}";
}

// A cell holding a JSON object or list, for a column mapped to a whole address or contact list.
void appendStructured(QByteArray &out, const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            out += doc.toJson(QJsonDocument::Compact);
            return;
        }
    }
    appendString(out, cell);
}

void appendValue(QByteArray &out, const QString &cell, WriteShape shape)
{
    switch (shape) {
    case WriteShape::Boolean: appendBoolean(out, cell); return;
    case WriteShape::Number: appendNumber(out, cell); return;
    case WriteShape::Reference: appendReference(out, cell); return;
    case WriteShape::Address:
    case WriteShape::ContactEmails:
    case WriteShape::ContactPhoneNumbers:
    case WriteShape::Any: appendStructured(out, cell); return;
    case WriteShape::Text:
    case WriteShape::Email:
    case WriteShape::Phone:
    case WriteShape::Url:
    case WriteShape::Stage: break;
    }
    appendString(out, cell);
}

// The key of a member, with the comma before it when it is not the first.
void appendKey(QByteArray &out, bool &first, const QByteArray &quotedKey)
{
    if (!first)
        out += ',';
    first = false;
    out += quotedKey;
    out += ':';
}

QByteArray quoted(const QString &key)
{
    QByteArray out;
    appendString(out, key);
    return out;
}

} // namespace

RowMapper::RowMapper(const ColumnMapping &mapping, const Contract::FieldCatalogue &catalogue, bool emptyClears)
    : m_match(mapping.matchColumn())
    , m_matchKey(mapping.matchKey())
    , m_matchKeyJson(quoted(mapping.matchKey()))
    , m_emptyClears(emptyClears)
{
    QList<std::pair<int, qsizetype>> emails;
    QList<std::pair<int, qsizetype>> phones;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        m_names << mapping.columnName(i);
        const ColumnTarget &t = mapping.column(i).target;
        switch (t.kind) {
        case Kind::Field: {
            // The match column is the match block's value, not an attribute as well.
            if (i == m_match && t.name == m_matchKey)
                break;
            const Contract::FieldSpec *spec = catalogue.field(t.name);
            m_plain.append({i, t.name, spec ? spec->shape : WriteShape::Any, quoted(t.name)});
            break;
        }
        case Kind::AddressPart: m_address.append({i, t.name, quoted(t.name)}); break;
        case Kind::ContactEmail: emails.append({t.index, i}); break;
        case Kind::ContactPhone: phones.append({t.index, i}); break;
        case Kind::Unmapped:
        case Kind::Ignored: break;
        }
    }
    std::sort(emails.begin(), emails.end());
    std::sort(phones.begin(), phones.end());
    for (const auto &[n, column] : std::as_const(emails))
        m_emails.append({column, QStringLiteral("email_%1").arg(n), QByteArray()});
    for (const auto &[n, column] : std::as_const(phones))
        m_phones.append({column, QStringLiteral("phone_%1").arg(n), QByteArray()});
}

Contract::AssertRequest RowMapper::map(const QStringList &cells) const
{
    return Contract::AssertRequest::fromJson(body(cells));
}

// The request is written as JSON text and parsed once: QJsonObject::insert allocates for every
// key and value, and made building the request cost more than reading the file.
QJsonObject RowMapper::body(const QStringList &cells) const
{
    // One buffer per thread, written again for each row: a new one grew past 1 KB on most rows,
    // and glibc tidies all its small free blocks before handing out a block that large.
    thread_local QByteArray buffer;
    QByteArray &out = buffer;
    out.truncate(0); // keeps its room
    out += '{';
    if (m_match >= 0) {
        out += "\"match\":{";
        out += m_matchKeyJson;
        out += ':';
        appendString(out, cells.at(m_match));
        out += "},";
    }
    out += "\"attributes\":{";
    bool first = true;
    for (const Plain &p : m_plain) {
        const QString &cell = cells.at(p.column);
        if (cell.isEmpty() && !m_emptyClears)
            continue;
        appendKey(out, first, p.key);
        if (cell.isEmpty())
            out += "null";
        else
            appendValue(out, cell, p.shape);
    }
    appendAddress(out, first, cells);
    appendList(out, first, m_emails, cells, kEmailsKey, "email");
    appendList(out, first, m_phones, cells, kPhonesKey, "phone_number");
    out += "}}";
    return QJsonDocument::fromJson(out).object();
}

void RowMapper::appendAddress(QByteArray &out, bool &first, const QStringList &cells) const
{
    const bool any = std::any_of(m_address.cbegin(), m_address.cend(),
                                 [&](const Part &p) { return !cells.at(p.column).isEmpty(); });
    if (m_address.isEmpty() || (!any && !m_emptyClears))
        return;
    appendKey(out, first, kAddressKey);
    out += '{';
    bool firstPart = true;
    for (const Part &p : m_address) {
        const QString &cell = cells.at(p.column);
        if (cell.isEmpty() && !m_emptyClears)
            continue;
        appendKey(out, firstPart, p.key);
        if (cell.isEmpty())
            out += "null"; // only this part: the others stay as they are
        else
            appendString(out, cell);
    }
    out += '}';
}

// email_1, email_2 ... as contact_emails rows, the first filled one the primary.
void RowMapper::appendList(QByteArray &out, bool &first, const QList<Part> &parts, const QStringList &cells,
                           const QByteArray &attributeKey, const char *key) const
{
    if (parts.isEmpty())
        return;
    const bool any
        = std::any_of(parts.cbegin(), parts.cend(), [&](const Part &p) { return !cells.at(p.column).isEmpty(); });
    if (!any && !m_emptyClears)
        return;
    appendKey(out, first, attributeKey);
    if (!any) {
        out += "null";
        return;
    }
    out += '[';
    bool primary = true;
    for (const Part &p : parts) {
        const QString &cell = cells.at(p.column);
        if (cell.isEmpty())
            continue;
        if (!primary)
            out += ',';
        out += "{\"";
        out += key;
        out += "\":";
        appendString(out, cell);
        out += primary ? ",\"is_primary\":true}" : ",\"is_primary\":false}";
        primary = false;
    }
    out += ']';
}

QString RowMapper::matchValue(const QStringList &cells) const
{
    return m_match >= 0 ? cells.at(m_match) : QString();
}

QString RowMapper::columnFor(const QString &pointer, const QStringList &cells) const
{
    const QStringList tokens = Contract::JsonPointer::split(pointer);
    if (tokens.isEmpty())
        return QString();
    if (tokens.first() == QLatin1String("match"))
        return m_match >= 0 ? m_names.at(m_match) : QString();
    if (tokens.first() != QLatin1String("attributes") || tokens.size() < 2)
        return QString();
    const QString &attribute = tokens.at(1);
    for (const Plain &p : m_plain)
        if (p.field == attribute)
            return m_names.at(p.column);
    if (attribute == kAddress && !m_address.isEmpty()) {
        for (const Part &p : m_address)
            if (tokens.size() > 2 && p.name == tokens.at(2))
                return m_names.at(p.column);
        return m_names.at(m_address.first().column);
    }
    if (attribute == kEmails)
        return listColumn(m_emails, tokens, cells);
    if (attribute == kPhones)
        return listColumn(m_phones, tokens, cells);
    return QString();
}

// Row i of a contact list came from the i-th column of the list with something in it.
QString RowMapper::listColumn(const QList<Part> &list, const QStringList &tokens, const QStringList &cells) const
{
    if (list.isEmpty())
        return QString();
    bool ok = false;
    const qsizetype index = tokens.size() > 2 ? tokens.at(2).toLongLong(&ok) : -1;
    qsizetype filled = 0;
    for (const Part &p : list) {
        if (cells.at(p.column).isEmpty())
            continue;
        if (ok && filled++ == index)
            return m_names.at(p.column);
    }
    return m_names.at(list.first().column);
}

} // namespace AssertDesk::Batch
