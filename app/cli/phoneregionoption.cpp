#include "phoneregionoption.h"

#include "output.h"

#include "phonenumbers.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace AssertDesk::Cli {

using Contract::PhoneNumbers;

PhoneRegionOption::PhoneRegionOption()
    : m_option(QStringLiteral("region"),
               QCoreApplication::translate("Cli",
                                           "Read phone numbers written without +country code as numbers of this "
                                           "region (ISO code such as US or DE; ZZ for none). Default: the "
                                           "country of the system's locale (LC_ALL, LANG)."),
               QStringLiteral("CC"))
{
}

std::optional<QString> PhoneRegionOption::read(const QCommandLineParser &parser, const QString &command) const
{
    if (!parser.isSet(m_option))
        return PhoneNumbers::systemRegion();
    const QString region = parser.value(m_option).trimmed().toUpper();
    if (region == QLatin1String("ZZ"))
        return QString();
    if (!PhoneNumbers::isKnownRegion(region)) {
        printErr(QCoreApplication::translate("Cli",
                                             "%1: --region: \"%2\" is not a region with a phone numbering plan; "
                                             "give a two-letter code such as US or DE, or ZZ for none\n")
                     .arg(command, parser.value(m_option)));
        return std::nullopt;
    }
    return region;
}

} // namespace AssertDesk::Cli
