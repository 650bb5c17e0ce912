#include "phonenumbers.h"

#include "phonenumberbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

#include <atomic>
#include <utility>

namespace AssertDesk::Contract {

namespace {

Q_LOGGING_CATEGORY(lcPhone, "assertdesk.contract.phone", QtInfoMsg)

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

std::atomic<bool> g_loaded {false};

// Where the module is: $ASSERTDESK_PHONENUMBERS_MODULE (tests run from the build tree), else
// beside the executable as installed, which the build tree mirrors (bin/ and lib/.../assertdesk/).
QStringList moduleCandidates()
{
    QStringList paths;
    const QString given = qEnvironmentVariable("ASSERTDESK_PHONENUMBERS_MODULE");
    if (!given.isEmpty())
        paths << given;
    if (QCoreApplication::instance())
        paths << QDir(QCoreApplication::applicationDirPath())
                     .absoluteFilePath(QStringLiteral(ASSERTDESK_PHONENUMBERS_MODULE_FROM_BIN));
    return paths;
}

struct Backend
{
    const PhoneNumberBackend *table = nullptr;
    QString problem; // why there is no table
};

Backend loadBackend()
{
    Backend backend;
    for (const QString &path : moduleCandidates()) {
        QLibrary library(path); // never unloaded: the module stays for the life of the process
        using Entry = const PhoneNumberBackend *(*)();
        const auto entry
            = library.load() ? reinterpret_cast<Entry>(library.resolve("assertdesk_phonenumber_backend")) : nullptr;
        const PhoneNumberBackend *table = entry ? entry() : nullptr;
        if (table && table->version == PhoneNumberBackend::currentVersion) {
            table->load();
            g_loaded.store(true);
            return {table, {}};
        }
        backend.problem = table ? Tr::tr("%1 is from another version of Assert Desk").arg(path) : library.errorString();
    }
    if (backend.problem.isEmpty())
        backend.problem = Tr::tr("the phone number module was not found");
    qCWarning(lcPhone) << "phone numbers cannot be checked:" << backend.problem;
    return backend;
}

// Loaded on the first phone number read, not at start-up; once per process.
const Backend &backend()
{
    static const Backend loaded = loadBackend();
    return loaded;
}

// libphonenumber takes 20 to 40 us to read one number (its patterns run on ICU's regex engine,
// with a matcher built for every pattern tried): most of a 100,000-row batch check went there.
// A reading depends on nothing but the text and the region, and contact files repeat numbers (a
// company's switchboard on the row of each of its people), so readings are kept, shared by the
// threads that check a batch. Bounded: when full it starts again, so a file of a million
// distinct numbers holds a few MB, not the file.
constexpr qsizetype kMaxKeptReadings = 32768;
QMutex g_readingsLock;
QHash<std::pair<QString, QString>, PhoneNumbers::Reading> g_readings;

PhoneNumbers::Reading keptReading(const PhoneNumberBackend &table, const QString &typed, const QString &region)
{
    std::pair<QString, QString> key(typed, region);
    {
        const QMutexLocker lock(&g_readingsLock);
        const auto it = g_readings.constFind(key);
        if (it != g_readings.cend())
            return *it;
    }
    PhoneNumbers::Reading reading = table.read(typed, region);
    const QMutexLocker lock(&g_readingsLock);
    if (g_readings.size() >= kMaxKeptReadings)
        g_readings.clear();
    g_readings.insert(std::move(key), reading);
    return reading;
}

} // namespace

PhoneNumbers::Reading PhoneNumbers::read(const QString &typed, const QString &defaultRegion)
{
    if (typed.trimmed().isEmpty()) {
        Reading reading;
        reading.region = defaultRegion.trimmed().isEmpty() ? QStringLiteral("ZZ") : defaultRegion.trimmed().toUpper();
        return reading;
    }
    if (const PhoneNumberBackend *table = backend().table)
        return keptReading(*table, typed, defaultRegion);
    Reading unchecked;
    unchecked.verdict = Verdict::Unchecked;
    return unchecked;
}

QString PhoneNumbers::whyNotValid(const Reading &reading)
{
    switch (reading.verdict) {
    case Verdict::Valid: return {};
    case Verdict::Unchecked: return Tr::tr("it could not be checked: %1").arg(backend().problem);
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
    if (const PhoneNumberBackend *table = backend().table)
        return table->isKnownRegion(region);
    // Without the module no plan is known; two letters are as much as can be checked.
    const QString code = region.trimmed();
    return code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter();
}

QStringList PhoneNumbers::knownRegions()
{
    const PhoneNumberBackend *table = backend().table;
    return table ? table->knownRegions() : QStringList();
}

bool PhoneNumbers::isAvailable()
{
    return backend().table != nullptr;
}

bool PhoneNumbers::metadataLoaded()
{
    return g_loaded.load();
}

} // namespace AssertDesk::Contract
