#pragma once

#include <QString>
#include <QStringList>

class QLocale;

namespace AssertDesk::Contract {

// Phone numbers as Google's libphonenumber reads them: what was typed, parsed with a default
// region for numbers written without +country code, judged against the numbering plan of that
// country, and written in E.164 (+14155551234), the form the API prefers.
//
// libphonenumber is not linked: it lives in a module of its own (phonenumberbackend.cpp,
// libassertdesk_phonenumbers.so) that the first call reading a number loads, with the metadata
// (every country's plan). Loading libphonenumber and its protobuf and abseil at start-up would
// cost every process, the window, the CLI and the sandbox, about 4 ms and 2 MB, and most never
// read a phone number. Its headers stay in the module, so an includer pays for none of them.
class PhoneNumbers final
{
public:
    // Why a number cannot be valid, or that it can.
    enum class Verdict {
        Valid,
        NotANumber,         // no digits to dial in it
        NoRegion,           // written without + and no default region to read it with
        UnknownCountryCode, // +<code> that no country has
        TooShort,
        TooLong,
        NotInUse,  // the right length but not a number in the country's plan
        Unchecked, // the phone number module could not be loaded: nothing is known of the number
    };

    struct Reading
    {
        Verdict verdict = Verdict::NotANumber;
        QString e164;      // +14155551234 when valid (without any extension)
        QString extension; // "123" when the number carried one ("x123", "ext. 123")
        QString region;    // the region the number was read against, e.g. "US"

        bool isValid() const { return verdict == Verdict::Valid; }
        // What the form sends for the text it was read from: the E.164 form when the number is
        // valid and carries no extension (E.164 has no room for one), the text as typed otherwise.
        QString sendable(const QString &typed) const { return isValid() && extension.isEmpty() ? e164 : typed; }
    };

    // Reads `typed` as a phone number; a number written without + is taken to be in
    // `defaultRegion` (an ISO 3166 code such as "US"; empty or "ZZ" for none).
    static Reading read(const QString &typed, const QString &defaultRegion);
    // The E.164 form of `typed`, or an empty string when it cannot be a valid number.
    static QString e164(const QString &typed, const QString &defaultRegion) { return read(typed, defaultRegion).e164; }

    // Why `reading` of `typed` cannot be valid, in words for the end of a sentence: "it is too
    // short for US", "+999 is not a country code", ...; empty when it is valid.
    static QString whyNotValid(const Reading &reading);

    // The region of a locale as libphonenumber names regions (QLocale("en_US") -> "US"); empty
    // for a locale with no country, such as C.
    static QString regionOf(const QLocale &locale);
    // The region of the system's locale: the default when none is chosen.
    static QString systemRegion();
    // Whether libphonenumber has a numbering plan for `region` (ISO code); without the module,
    // whether it is two letters.
    static bool isKnownRegion(const QString &region);
    // Every region libphonenumber knows, sorted (none without the module).
    static QStringList knownRegions();

    // Whether libphonenumber can be used (loads it): false when its module is missing.
    static bool isAvailable();
    // Whether libphonenumber and its metadata have been loaded in this process yet, without
    // loading them (for the start-up measurements).
    static bool metadataLoaded();
};

} // namespace AssertDesk::Contract
