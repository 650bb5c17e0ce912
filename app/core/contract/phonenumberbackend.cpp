// The phone number module: libphonenumber behind the PhoneNumberBackend table. Built as its own
// MODULE library (libassertdesk_phonenumbers.so) and loaded by PhoneNumbers on first use.
#include "phonenumberbackend.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace AssertDesk::Contract {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
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

void load()
{
    (void)util();
}

PhoneNumbers::Reading read(const QString &typed, const QString &defaultRegion)
{
    PhoneNumbers::Reading reading;
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
        if (reading.verdict == PhoneNumbers::Verdict::UnknownCountryCode)
            reading.region = QLatin1Char('+') + QString::number(number.country_code());
        return reading;
    }
    std::string e164;
    u.Format(number, PhoneNumberUtil::E164, &e164);
    reading.e164 = QString::fromStdString(e164);
    reading.verdict = PhoneNumbers::Verdict::Valid;
    return reading;
}

bool isKnownRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    return !code.isEmpty() && util().GetCountryCodeForRegion(code.toStdString()) != 0;
}

QStringList knownRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList out;
    out.reserve(qsizetype(regions.size()));
    for (const std::string &r : regions)
        out << QString::fromStdString(r);
    return out;
}

} // namespace

} // namespace AssertDesk::Contract

const AssertDesk::Contract::PhoneNumberBackend *assertdesk_phonenumber_backend()
{
    using namespace AssertDesk::Contract;
    static const PhoneNumberBackend backend {PhoneNumberBackend::currentVersion, &load, &read, &isKnownRegion,
                                             &knownRegions};
    return &backend;
}
