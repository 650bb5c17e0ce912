#include "phonenumbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <atomic>
#include <set>
#include <string>

namespace AssertDesk::Contract {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

std::atomic<bool> g_loaded {false};

// GetInstance() builds every country's plan from the compiled-in metadata (about 10 ms on the
// machine the start-up figures come from): done on the first number read, never at start-up.
const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *const instance = [] {
        const PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        g_loaded.store(true);
        return u;
    }();
    return *instance;
}

std::string regionCode(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    return code.isEmpty() ? std::string("ZZ") : code.toStdString();
}

bool writtenInternationally(const QString &typed)
{
    const QString t = typed.trimmed();
    return t.startsWith(QLatin1Char('+')) || t.startsWith(QChar(0xFF0B)); // also the full-width plus
}

PhoneNumbers::Verdict verdictOf(PhoneNumberUtil::ErrorType error, bool international, bool knownRegion)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR: return PhoneNumbers::Verdict::Valid;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return international || knownRegion ? PhoneNumbers::Verdict::UnknownCountryCode
                                            : PhoneNumbers::Verdict::NoRegion;
    case PhoneNumberUtil::NOT_A_NUMBER: return PhoneNumbers::Verdict::NotANumber;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: return PhoneNumbers::Verdict::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN: return PhoneNumbers::Verdict::TooLong;
    }
    return PhoneNumbers::Verdict::NotANumber;
}

// A number that parsed but is not valid: why, from its length against the country's plan.
PhoneNumbers::Verdict verdictOfLength(PhoneNumberUtil::ValidationResult length)
{
    switch (length) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE: return PhoneNumbers::Verdict::UnknownCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: return PhoneNumbers::Verdict::TooShort; // no area code
    case PhoneNumberUtil::TOO_LONG: return PhoneNumbers::Verdict::TooLong;
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::INVALID_LENGTH: break;
    }
    return PhoneNumbers::Verdict::NotInUse;
}

} // namespace

PhoneNumbers::Reading PhoneNumbers::read(const QString &typed, const QString &defaultRegion)
{
    Reading reading;
    const std::string region = regionCode(defaultRegion);
    reading.region = QString::fromStdString(region);
    if (typed.trimmed().isEmpty())
        return reading;
    const PhoneNumberUtil &u = util();
    const bool international = writtenInternationally(typed);
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error = u.Parse(typed.trimmed().toStdString(), region, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        reading.verdict = verdictOf(error, international, u.GetCountryCodeForRegion(region) != 0);
        return reading;
    }
    reading.extension = QString::fromStdString(number.extension());
    if (international) { // judged by its own country's plan, not the default region's
        std::string numberRegion;
        u.GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
        reading.region = QString::fromStdString(numberRegion);
    }
    if (!u.IsValidNumber(number)) {
        reading.verdict = verdictOfLength(u.IsPossibleNumberWithReason(number));
        if (reading.verdict == Verdict::UnknownCountryCode)
            reading.region = QLatin1Char('+') + QString::number(number.country_code());
        return reading;
    }
    std::string e164;
    u.Format(number, PhoneNumberUtil::E164, &e164);
    reading.e164 = QString::fromStdString(e164);
    reading.verdict = Verdict::Valid;
    return reading;
}

QString PhoneNumbers::whyNotValid(const Reading &reading)
{
    switch (reading.verdict) {
    case Verdict::Valid: return {};
    case Verdict::NotANumber: return Tr::tr("there is no number to dial in it");
    case Verdict::NoRegion:
        return Tr::tr("start it with + and the country code (like +14155551234): no region is set "
                      "to read a number without one");
    case Verdict::UnknownCountryCode:
        return reading.region.startsWith(QLatin1Char('+')) ? Tr::tr("%1 is not a country code").arg(reading.region)
                                                           : Tr::tr("it does not start with a country code");
    case Verdict::TooShort: return Tr::tr("it is too short for a number in region %1").arg(reading.region);
    case Verdict::TooLong: return Tr::tr("it is too long for a number in region %1").arg(reading.region);
    case Verdict::NotInUse:
        return Tr::tr("it is not a number in use in region %1 (for a number abroad, start with + and its "
                      "country code)")
            .arg(reading.region);
    }
    return {};
}

QString PhoneNumbers::regionOf(const QLocale &locale)
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    // libphonenumber names regions by their two letters; a UN M.49 area such as 419 is none.
    return code.size() == 2 && code.at(0).isLetter() ? code : QString();
}

QString PhoneNumbers::systemRegion()
{
    return regionOf(QLocale::system());
}

bool PhoneNumbers::isKnownRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    return !code.isEmpty() && util().GetCountryCodeForRegion(code.toStdString()) != 0;
}

QStringList PhoneNumbers::knownRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList out;
    out.reserve(qsizetype(regions.size()));
    for (const std::string &r : regions)
        out << QString::fromStdString(r);
    return out;
}

bool PhoneNumbers::metadataLoaded()
{
    return g_loaded.load();
}

} // namespace AssertDesk::Contract
