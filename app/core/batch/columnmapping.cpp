#include "columnmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace AssertDesk::Batch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ColumnMapping", text);
}

using Kind = ColumnTarget::Kind;

const QString kPrimaryEmail = QStringLiteral("primary_email");

// A whole-object column (address, contact_emails) and its parts (address.city, email_1) would
// both write the same attribute.
bool isWhole(const ColumnTarget &t)
{
    return t.kind == Kind::Field
        && (t.name == QLatin1String("address") || t.name == QLatin1String("contact_emails")
            || t.name == QLatin1String("contact_phone_numbers"));
}

} // namespace

ColumnMapping ColumnMapping::automatic(const QStringList &header, const Contract::FieldCatalogue &catalogue)
{
    ColumnMapping m;
    m.m_columns.reserve(header.size());
    for (const QString &h : header) {
        Column c;
        c.header = h.trimmed();
        if (const auto target = ColumnTarget::parse(c.header, catalogue))
            c.target = *target;
        else
            c.readOnly = catalogue.isReadOnly(c.header.toLower());
        m.m_columns.append(c);
    }
    return m;
}

bool ColumnMapping::apply(const MappingChoices &choices, const Contract::FieldCatalogue &catalogue, QStringList *notes,
                          QString *error)
{
    for (const MappingChoices::Choice &choice : choices.choices()) {
        ColumnTarget target {Kind::Ignored, QString(), 0};
        if (choice.target) {
            const auto parsed = ColumnTarget::parse(*choice.target, catalogue);
            if (!parsed) {
                *error = tr("column \"%1\" is mapped to \"%2\", which is not a field that can be written; use a "
                            "field name (first_name, primary_email, title, stage ...), address.city and the "
                            "other address parts, email_1, phone_1 ..., or null to leave the column out.")
                             .arg(choice.column, *choice.target);
                return false;
            }
            target = *parsed;
        }
        bool found = false;
        for (Column &c : m_columns) {
            if (MappingChoices::normalized(c.header) == MappingChoices::normalized(choice.column)) {
                c.target = target;
                c.origin = Origin::Chosen;
                found = true;
            }
        }
        if (!found && notes)
            *notes << tr("The mapping names a column \"%1\" that this file does not have.").arg(choice.column);
    }
    return true;
}

bool ColumnMapping::chooseMatch(const QString &column, const Contract::FieldCatalogue &catalogue, QString *error)
{
    const qsizetype at = column.trimmed().isEmpty() ? defaultMatch() : find(column);
    if (at < 0) {
        QStringList unmappedNames;
        for (const qsizetype i : unmapped())
            unmappedNames << columnName(i);
        *error = column.trimmed().isEmpty()
            ? tr("no column is mapped to primary_email or email_1, so no column says which contact a row is; "
                 "name the match column with --match COLUMN, or map one with --map.")
            : tr("there is no column \"%1\" to match on.").arg(column.trimmed());
        if (!unmappedNames.isEmpty())
            *error += QLatin1Char(' ') + tr("Columns not mapped: %1.").arg(unmappedNames.join(QLatin1String(", ")));
        return false;
    }
    const ColumnTarget &t = m_columns.at(at).target;
    const Contract::FieldSpec *field = t.kind == Kind::Field ? catalogue.field(t.name) : nullptr;
    if (field && field->matchKey && field->shape == Contract::WriteShape::Email) {
        m_matchKey = field->name;
    } else if (t.kind == Kind::Field || t.kind == Kind::AddressPart || t.kind == Kind::ContactPhone) {
        *error = tr("the match column \"%1\" goes to %2, which cannot identify a contact; match on a column of "
                    "email addresses.")
                     .arg(columnName(at), t.text());
        return false;
    } else {
        // An email_n column, or one not otherwise sent: its address matches any of the contact's
        // emails, which is what primary_email does in a match block.
        m_matchKey = kPrimaryEmail;
    }
    m_match = at;
    return true;
}

bool ColumnMapping::check(QString *error) const
{
    // The match key cannot be an attribute too: the server refuses a field in both blocks.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ColumnTarget &t = m_columns.at(i).target;
        if (m_match >= 0 && i != m_match && t.kind == Kind::Field && t.name == m_matchKey) {
            *error = tr("the match column \"%1\" is sent as %2, and column \"%3\" goes to %2 too; match on \"%3\" "
                        "instead, or leave it out in a map file (null).")
                         .arg(columnName(m_match), m_matchKey, columnName(i));
            return false;
        }
    }
    QHash<QString, qsizetype> seen;
    QHash<QString, qsizetype> wholes;
    QHash<QString, qsizetype> parts;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ColumnTarget &t = m_columns.at(i).target;
        if (!t.sends())
            continue;
        const auto previous = seen.constFind(t.text());
        if (previous != seen.cend()) {
            *error = tr("columns \"%1\" and \"%2\" both go to %3; leave one out in a map file (null).")
                         .arg(columnName(*previous), columnName(i), t.text());
            return false;
        }
        seen.insert(t.text(), i);
        (isWhole(t) ? wholes : parts).insert(t.attribute(), i);
    }
    for (auto it = wholes.cbegin(); it != wholes.cend(); ++it) {
        const auto part = parts.constFind(it.key());
        if (part != parts.cend()) {
            *error = tr("column \"%1\" writes the whole of %2 and column \"%3\" one part of it; keep one of them.")
                         .arg(columnName(it.value()), it.key(), columnName(*part));
            return false;
        }
    }
    return true;
}

QString ColumnMapping::columnName(qsizetype i) const
{
    const QString &h = m_columns.at(i).header;
    const auto same = std::count_if(m_columns.cbegin(), m_columns.cend(), [&](const Column &c) {
        return MappingChoices::normalized(c.header) == MappingChoices::normalized(h);
    });
    if (h.isEmpty())
        return tr("column %1").arg(i + 1);
    if (same > 1)
        return tr("%1 (column %2)").arg(h).arg(i + 1);
    return h;
}

QStringList ColumnMapping::header() const
{
    QStringList out;
    out.reserve(m_columns.size());
    for (const Column &c : m_columns)
        out << c.header;
    return out;
}

QList<qsizetype> ColumnMapping::unmapped() const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).target.kind == Kind::Unmapped && i != m_match)
            out << i;
    return out;
}

QString ColumnMapping::headerSetKey() const
{
    QStringList names;
    for (const Column &c : m_columns)
        names << MappingChoices::normalized(c.header);
    names.sort();
    const QByteArray digest
        = QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32));
}

qsizetype ColumnMapping::find(const QString &header) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (MappingChoices::normalized(m_columns.at(i).header) == MappingChoices::normalized(header))
            return i;
    return -1;
}

qsizetype ColumnMapping::defaultMatch() const
{
    qsizetype firstEmail = -1;
    int lowest = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ColumnTarget &t = m_columns.at(i).target;
        if (t.kind == Kind::Field && t.name == kPrimaryEmail)
            return i;
        if (t.kind == Kind::ContactEmail && (firstEmail < 0 || t.index < lowest)) {
            firstEmail = i;
            lowest = t.index;
        }
    }
    return firstEmail;
}

} // namespace AssertDesk::Batch
