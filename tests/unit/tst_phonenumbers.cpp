#include "phonenumbers.h"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(AssertDesk::Contract::PhoneNumbers::Verdict)

using namespace AssertDesk::Contract;
using Verdict = PhoneNumbers::Verdict;

// The wrapper over libphonenumber: what a typed number becomes, and why one cannot be valid.
class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, before any other test reads a number in this process.
    void metadataIsLoadedOnFirstUseNotBefore()
    {
        QVERIFY2(!PhoneNumbers::metadataLoaded(), "loaded before any number was read");
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QStringLiteral("en_US"))), QStringLiteral("US"));
        (void)PhoneNumbers::systemRegion();
        QVERIFY2(!PhoneNumbers::metadataLoaded(), "the locale's region needs no metadata");
        QCOMPARE(PhoneNumbers::e164(QStringLiteral("(415) 555-1234"), QStringLiteral("US")),
                 QStringLiteral("+14155551234"));
        QVERIFY(PhoneNumbers::metadataLoaded());
    }

    void readsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");
        const QString us = QStringLiteral("+14155551234");
        QTest::newRow("E.164") << us << QString() << Verdict::Valid << us << QString();
        QTest::newRow("international, spaced")
            << QStringLiteral("+1 415 555 1234") << QStringLiteral("DE") << Verdict::Valid << us << QString();
        QTest::newRow("national with region US")
            << QStringLiteral("(415) 555-1234") << QStringLiteral("US") << Verdict::Valid << us << QString();
        QTest::newRow("national with the trunk 1")
            << QStringLiteral("1 415 555 1234") << QStringLiteral("US") << Verdict::Valid << us << QString();
        QTest::newRow("German with region DE") << QStringLiteral("030 12345678") << QStringLiteral("DE")
                                               << Verdict::Valid << QStringLiteral("+493012345678") << QString();
        QTest::newRow("Munich with region de") << QStringLiteral("089/1234567") << QStringLiteral("de")
                                               << Verdict::Valid << QStringLiteral("+49891234567") << QString();
        QTest::newRow("vanity letters") << QStringLiteral("1-800-FLOWERS") << QStringLiteral("US") << Verdict::Valid
                                        << QStringLiteral("+18003569377") << QString();
        QTest::newRow("extension") << QStringLiteral("415-555-1234 x123") << QStringLiteral("US") << Verdict::Valid
                                   << us << QStringLiteral("123");
        QTest::newRow("extension, international")
            << QStringLiteral("+1 415 555 1234 ext. 7") << QString() << Verdict::Valid << us << QStringLiteral("7");
        QTest::newRow("words") << QStringLiteral("ask reception") << QStringLiteral("US") << Verdict::NotANumber
                               << QString() << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("US") << Verdict::NotANumber << QString()
                               << QString();
        QTest::newRow("national without a region")
            << QStringLiteral("4155551234") << QString() << Verdict::NoRegion << QString() << QString();
        QTest::newRow("national with region ZZ")
            << QStringLiteral("4155551234") << QStringLiteral("ZZ") << Verdict::NoRegion << QString() << QString();
        QTest::newRow("no such country code") << QStringLiteral("+999 1234 5678") << QStringLiteral("US")
                                              << Verdict::UnknownCountryCode << QString() << QString();
        QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("US") << Verdict::TooShort << QString()
                                   << QString();
        QTest::newRow("local only, no area code")
            << QStringLiteral("555-1234") << QStringLiteral("US") << Verdict::TooShort << QString() << QString();
        QTest::newRow("too long") << QStringLiteral("+1 415 555 1234 5678") << QStringLiteral("US") << Verdict::TooLong
                                  << QString() << QString();
        QTest::newRow("German digits read in the US, too many")
            << QStringLiteral("030 12345678") << QStringLiteral("US") << Verdict::TooLong << QString() << QString();
        QTest::newRow("German digits read in the US, as many as a US number")
            << QStringLiteral("030 1234567") << QStringLiteral("US") << Verdict::NotInUse << QString() << QString();
    }

    void readsWhatWasTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(Verdict, verdict);
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        const PhoneNumbers::Reading reading = PhoneNumbers::read(typed, region);
        QCOMPARE(reading.verdict, verdict);
        QCOMPARE(reading.e164, e164);
        QCOMPARE(reading.extension, extension);
        QCOMPARE(reading.isValid(), verdict == Verdict::Valid);
        QCOMPARE(reading.isValid(), PhoneNumbers::whyNotValid(reading).isEmpty());
    }

    // Readings are kept (a batch repeats numbers): a number read again reads as it did, in the
    // region asked for each time, however the regions alternate.
    void readsANumberAgainInTheRegionAskedFor()
    {
        const QString typed = QStringLiteral("030 12345678");
        for (int round = 0; round < 3; ++round) {
            const PhoneNumbers::Reading de = PhoneNumbers::read(typed, QStringLiteral("DE"));
            QCOMPARE(de.verdict, Verdict::Valid);
            QCOMPARE(de.e164, QStringLiteral("+493012345678"));
            const PhoneNumbers::Reading us = PhoneNumbers::read(typed, QStringLiteral("US"));
            QCOMPARE(us.verdict, Verdict::TooLong);
            QCOMPARE(us.region, QStringLiteral("US"));
            QCOMPARE(PhoneNumbers::read(typed, QString()).verdict, Verdict::NoRegion);
        }
    }

    // What the form sends: E.164 for a valid number, what was typed for anything else, and for a
    // number with an extension, which E.164 cannot carry.
    void sendsE164OnlyWhenNothingIsLost()
    {
        const auto sendable = [](const QString &typed, const char *region) {
            return PhoneNumbers::read(typed, QString::fromLatin1(region)).sendable(typed);
        };
        QCOMPARE(sendable(QStringLiteral("+1 415 555 1234"), ""), QStringLiteral("+14155551234"));
        QCOMPARE(sendable(QStringLiteral("(415) 555-1234"), "US"), QStringLiteral("+14155551234"));
        QCOMPARE(sendable(QStringLiteral("030 12345678"), "DE"), QStringLiteral("+493012345678"));
        QCOMPARE(sendable(QStringLiteral("030 12345678"), "US"), QStringLiteral("030 12345678"));
        QCOMPARE(sendable(QStringLiteral("415-555-1234 x123"), "US"), QStringLiteral("415-555-1234 x123"));
        QCOMPARE(sendable(QStringLiteral("41"), "US"), QStringLiteral("41"));
    }

    void explainsWhyANumberCannotBeValid()
    {
        const auto why = [](const char *typed, const char *region) {
            return PhoneNumbers::whyNotValid(
                PhoneNumbers::read(QString::fromLatin1(typed), QString::fromLatin1(region)));
        };
        QVERIFY2(why("4155551234", "").contains(QLatin1Char('+')), qPrintable(why("4155551234", "")));
        QVERIFY2(why("+999 1234 5678", "US").contains(QStringLiteral("country code")),
                 qPrintable(why("+999 1234 5678", "US")));
        QVERIFY2(why("12345", "US").contains(QStringLiteral("short")), qPrintable(why("12345", "US")));
        QVERIFY2(why("12345", "US").contains(QStringLiteral("US")), qPrintable(why("12345", "US")));
        QVERIFY2(why("+49 30 1234 5678 9012 34", "US").contains(QStringLiteral("long")),
                 qPrintable(why("+49 30 1234 5678 9012 34", "US")));
        // A number written with + is judged by its own country, whatever the default region.
        QVERIFY2(why("+49 30 1234 5678 9012 34", "US").contains(QStringLiteral("DE")),
                 qPrintable(why("+49 30 1234 5678 9012 34", "US")));
        QVERIFY2(why("030 1234567", "US").contains(QStringLiteral("not a number in use in region US")),
                 qPrintable(why("030 1234567", "US")));
    }

    void regionsComeFromTheLocale()
    {
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QStringLiteral("de_DE"))), QStringLiteral("DE"));
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("BR"));
        QCOMPARE(PhoneNumbers::regionOf(QLocale::c()), QString());
        // Latin America as a whole is no region a number can be read in.
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QStringLiteral("es_419"))), QString());
    }

    void knowsTheRegionsItHasPlansFor()
    {
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("DE")));
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("us")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QString()));
        const QStringList regions = PhoneNumbers::knownRegions();
        QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
        QVERIFY(regions.contains(QStringLiteral("GB")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
