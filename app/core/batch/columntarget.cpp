#include "columntarget.h"

#include <QRegularExpression>

namespace AssertDesk::Batch {

namespace {

const QString kAddress = QStringLiteral("address");
const QString kContactEmails = QStringLiteral("contact_emails");
const QString kContactPhones = QStringLiteral("contact_phone_numbers");

bool writable(const Contract::FieldSpec *field)
{
    return field && (field->creatable || field->updatable);
}

// email_3 -> 3; 0 when the text is not "<prefix>_<n>" with n from 1 to 99.
int numbered(const QString &text, const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^([a-z]+)_([1-9][0-9]?)$"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && m.captured(1) == prefix ? m.captured(2).toInt() : 0;
}

} // namespace

QString ColumnTarget::text() const
{
    switch (kind) {
    case Kind::Unmapped:
    case Kind::Ignored: return QString();
    case Kind::Field: return name;
    case Kind::AddressPart: return kAddress + QLatin1Char('.') + name;
    case Kind::ContactEmail: return QStringLiteral("email_%1").arg(index);
    case Kind::ContactPhone: return QStringLiteral("phone_%1").arg(index);
    }
    return QString();
}

QString ColumnTarget::attribute() const
{
    switch (kind) {
    case Kind::Field: return name;
    case Kind::AddressPart: return kAddress;
    case Kind::ContactEmail: return kContactEmails;
    case Kind::ContactPhone: return kContactPhones;
    case Kind::Unmapped:
    case Kind::Ignored: break;
    }
    return QString();
}

std::optional<ColumnTarget> ColumnTarget::parse(const QString &text, const Contract::FieldCatalogue &catalogue)
{
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    // A schema's custom field keeps the case it was given; the built-in ones are lower case.
    for (const QString &candidate : {trimmed, lower}) {
        const Contract::FieldSpec *field = catalogue.field(candidate);
        if (writable(field))
            return ColumnTarget {Kind::Field, field->name, 0};
    }
    if (lower.startsWith(kAddress + QLatin1Char('.')) && writable(catalogue.field(kAddress))) {
        const QString part = lower.mid(kAddress.size() + 1);
        if (Contract::FieldCatalogue::addressKeys().contains(part))
            return ColumnTarget {Kind::AddressPart, part, 0};
        return std::nullopt;
    }
    if (const int n = numbered(lower, QStringLiteral("email")); n && writable(catalogue.field(kContactEmails)))
        return ColumnTarget {Kind::ContactEmail, QString(), n};
    if (const int n = numbered(lower, QStringLiteral("phone")); n && writable(catalogue.field(kContactPhones)))
        return ColumnTarget {Kind::ContactPhone, QString(), n};
    return std::nullopt;
}

} // namespace AssertDesk::Batch
