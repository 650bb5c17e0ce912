#include "columnmapping.h"
#include "mappingchoices.h"

#include <QTest>

using namespace AssertDesk::Batch;
using AssertDesk::Contract::FieldCatalogue;
using Kind = ColumnTarget::Kind;

namespace {

const FieldCatalogue catalogue = FieldCatalogue::builtIn();

ColumnMapping mapped(const QStringList &header)
{
    return ColumnMapping::automatic(header, catalogue);
}

MappingChoices choices(const QByteArray &json)
{
    QString error;
    const auto c = MappingChoices::fromJson(json, &error);
    if (!c)
        qFatal("test map file does not read: %s", qPrintable(error));
    return *c;
}

} // namespace

// Which column goes where: by the header's own name, by a person's choices, and which is the match.
class TestColumnMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersThatNameFieldsMapThemselves()
    {
        const ColumnMapping m
            = mapped({QStringLiteral(" First_Name "), QStringLiteral("PRIMARY_EMAIL"), QStringLiteral("address.City"),
                      QStringLiteral("Address.zip_code"), QStringLiteral("Email_2"), QStringLiteral("email_1"),
                      QStringLiteral("phone_1"), QStringLiteral("stage"), QStringLiteral("Notes"),
                      QStringLiteral("address.planet"), QStringLiteral("email_0")});
        QCOMPARE(m.column(0).target, (ColumnTarget {Kind::Field, QStringLiteral("first_name"), 0}));
        QCOMPARE(m.column(0).header, QStringLiteral("First_Name"));
        QCOMPARE(m.column(1).target, (ColumnTarget {Kind::Field, QStringLiteral("primary_email"), 0}));
        QCOMPARE(m.column(2).target, (ColumnTarget {Kind::AddressPart, QStringLiteral("city"), 0}));
        QCOMPARE(m.column(3).target.text(), QStringLiteral("address.zip_code"));
        QCOMPARE(m.column(4).target, (ColumnTarget {Kind::ContactEmail, QString(), 2}));
        QCOMPARE(m.column(4).target.attribute(), QStringLiteral("contact_emails"));
        QCOMPARE(m.column(6).target, (ColumnTarget {Kind::ContactPhone, QString(), 1}));
        QCOMPARE(m.column(7).target.text(), QStringLiteral("stage"));
        QCOMPARE(m.unmapped(), (QList<qsizetype> {8, 9, 10}));
        QVERIFY(!m.column(8).readOnly);
        for (qsizetype i = 0; i < m.size(); ++i)
            QCOMPARE(m.column(i).origin, ColumnMapping::Origin::Automatic);
    }

    // An export from the CRM itself carries id and the timestamps: they are not sent, and say why.
    void readOnlyFieldsAreLeftOut()
    {
        const ColumnMapping m = mapped({QStringLiteral("id"), QStringLiteral("display_name"),
                                        QStringLiteral("created_at"), QStringLiteral("primary_email")});
        QCOMPARE(m.unmapped(), (QList<qsizetype> {0, 1, 2}));
        QVERIFY(m.column(0).readOnly);
        QVERIFY(m.column(1).readOnly);
        QVERIFY(m.column(2).readOnly);
    }

    void aSchemaCustomFieldMapsItself()
    {
        FieldCatalogue withSchema = FieldCatalogue::builtIn();
        QString error;
        QVERIFY(withSchema.mergeSchema(
            "{\"data\":{\"attributes\":[{\"name\":\"nickname\",\"is_creatable\":true,\"is_updatable\":true,"
            "\"type_info\":{\"value_type\":\"string\"}}]}}",
            &error));
        const ColumnMapping m = ColumnMapping::automatic({QStringLiteral("Nickname")}, withSchema);
        QCOMPARE(m.column(0).target, (ColumnTarget {Kind::Field, QStringLiteral("nickname"), 0}));
        QVERIFY(mapped({QStringLiteral("nickname")}).unmapped().contains(0));
    }

    void choicesPutOtherColumnsWhereTheySay()
    {
        ColumnMapping m = mapped(
            {QStringLiteral("E-Mail"), QStringLiteral("Firma"), QStringLiteral("Ort"), QStringLiteral("first_name")});
        QStringList notes;
        QString error;
        QVERIFY(m.apply(choices("{\"columns\": {\"e-mail \": \"primary_email\", \"FIRMA\": null, \"Ort\": "
                                "\"Address.City\", \"first_name\": null, \"Telefon\": \"phone_1\"}}"),
                        catalogue, &notes, &error));
        QCOMPARE(m.column(0).target.text(), QStringLiteral("primary_email"));
        QCOMPARE(m.column(0).origin, ColumnMapping::Origin::Chosen);
        QCOMPARE(m.column(1).target.kind, Kind::Ignored);
        QCOMPARE(m.column(2).target.text(), QStringLiteral("address.city"));
        QCOMPARE(m.column(3).target.kind, Kind::Ignored);
        QVERIFY(m.unmapped().isEmpty());
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(QStringLiteral("Telefon")));
    }

    void choicesNamingNoWritableFieldAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("unknown") << QStringLiteral("nickname");
        QTest::newRow("read-only") << QStringLiteral("created_at");
        QTest::newRow("display name") << QStringLiteral("display_name");
        QTest::newRow("no such address part") << QStringLiteral("address.planet");
        QTest::newRow("email_0") << QStringLiteral("email_0");
    }

    void choicesNamingNoWritableFieldAreRefused()
    {
        QFETCH(QString, target);
        ColumnMapping m = mapped({QStringLiteral("X")});
        MappingChoices c;
        c.set(QStringLiteral("X"), target);
        QString error;
        QVERIFY(!m.apply(c, catalogue, nullptr, &error));
        QVERIFY2(error.contains(target) && error.contains(QStringLiteral("\"X\"")), qPrintable(error));
    }

    void mapFilesThatAreNotMapFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{columns: 1}") << QStringLiteral("not valid JSON");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("expected a JSON object");
        QTest::newRow("columns a list") << QByteArray("{\"columns\": []}") << QStringLiteral("\"columns\" must be");
        QTest::newRow("a number as target") << QByteArray("{\"columns\": {\"A\": 1}}") << QStringLiteral("\"A\"");
        QTest::newRow("a typo") << QByteArray("{\"colums\": {}}") << QStringLiteral("unknown key \"colums\"");
        QTest::newRow("match not text") << QByteArray("{\"match\": 3}") << QStringLiteral("\"match\" must be");
    }

    void mapFilesThatAreNotMapFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!MappingChoices::fromJson(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void choicesRoundTripAndMerge()
    {
        MappingChoices saved = choices("{\"columns\": {\"E-Mail\": \"primary_email\", \"Firma\": null}, "
                                       "\"match\": \"E-Mail\"}");
        QString error;
        const auto back = MappingChoices::fromJson(saved.toJson({QStringLiteral("E-Mail")}), &error);
        QVERIFY(back);
        QCOMPARE(*back, saved);
        QVERIFY(!back->choice(QStringLiteral("firma"))->target);
        saved.merge(choices("{\"columns\": {\"firma\": \"department\"}}"));
        QCOMPARE(*saved.choice(QStringLiteral("Firma"))->target, QStringLiteral("department"));
        QCOMPARE(saved.match(), QStringLiteral("E-Mail"));
    }

    void theMatchIsThePrimaryEmailColumnThenEmail1()
    {
        QString error;
        ColumnMapping both
            = mapped({QStringLiteral("email_2"), QStringLiteral("email_1"), QStringLiteral("primary_email")});
        QVERIFY(both.chooseMatch(QString(), catalogue, &error));
        QCOMPARE(both.matchColumn(), 2);
        QCOMPARE(both.matchKey(), QStringLiteral("primary_email"));
        ColumnMapping emails = mapped({QStringLiteral("email_2"), QStringLiteral("email_1")});
        QVERIFY(emails.chooseMatch(QString(), catalogue, &error));
        QCOMPARE(emails.matchColumn(), 1);
        // email_1's address matches any of the contact's emails, as primary_email does in a match.
        QCOMPARE(emails.matchKey(), QStringLiteral("primary_email"));
    }

    void theMatchCanBeNamed()
    {
        QString error;
        ColumnMapping m = mapped({QStringLiteral("E-Mail"), QStringLiteral("title"), QStringLiteral("primary_email")});
        QVERIFY(m.chooseMatch(QStringLiteral(" e-mail"), catalogue, &error));
        QCOMPARE(m.matchColumn(), 0);
        QCOMPARE(m.matchKey(), QStringLiteral("primary_email"));
        QVERIFY(!m.unmapped().contains(0)); // sent, as the match
        QVERIFY(!m.chooseMatch(QStringLiteral("title"), catalogue, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot identify a contact")), qPrintable(error));
        QVERIFY(!m.chooseMatch(QStringLiteral("Mail"), catalogue, &error));
        QVERIFY2(error.contains(QStringLiteral("no column \"Mail\"")), qPrintable(error));
    }

    void withoutAnEmailColumnTheErrorNamesTheUnmappedOnes()
    {
        ColumnMapping m = mapped({QStringLiteral("E-Mail"), QStringLiteral("Vorname"), QStringLiteral("title")});
        QString error;
        QVERIFY(!m.chooseMatch(QString(), catalogue, &error));
        QVERIFY2(error.contains(QStringLiteral("--match")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("E-Mail, Vorname")), qPrintable(error));
    }

    void twoColumnsWritingOnePlaceAreRefused_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("says");
        QTest::newRow("same name twice") << QStringList {QStringLiteral("title"), QStringLiteral("Title")}
                                         << QStringLiteral("both go to title");
        QTest::newRow("email_1 twice") << QStringList {QStringLiteral("email_1"), QStringLiteral("EMAIL_1")}
                                       << QStringLiteral("both go to email_1");
        QTest::newRow("address and a part") << QStringList {QStringLiteral("address.city"), QStringLiteral("address")}
                                            << QStringLiteral("whole of address");
        QTest::newRow("contact_emails and email_1")
            << QStringList {QStringLiteral("contact_emails"), QStringLiteral("email_1")}
            << QStringLiteral("whole of contact_emails");
    }

    void twoColumnsWritingOnePlaceAreRefused()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!mapped(header).check(&error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void theMatchKeyIsNotAlsoAnAttribute()
    {
        ColumnMapping m = mapped({QStringLiteral("primary_email"), QStringLiteral("email_1")});
        QString error;
        QVERIFY(m.chooseMatch(QStringLiteral("email_1"), catalogue, &error));
        QVERIFY(!m.check(&error));
        QVERIFY2(error.contains(QStringLiteral("match on \"primary_email\" instead")), qPrintable(error));
        QVERIFY(m.chooseMatch(QString(), catalogue, &error));
        QVERIFY(m.check(&error));
    }

    void columnsWithoutAUniqueNameAreNamedByPosition()
    {
        const ColumnMapping m
            = mapped({QStringLiteral("a"), QString(), QStringLiteral("Notes"), QStringLiteral("notes")});
        QCOMPARE(m.columnName(0), QStringLiteral("a"));
        QCOMPARE(m.columnName(1), QStringLiteral("column 2"));
        QCOMPARE(m.columnName(3), QStringLiteral("notes (column 4)"));
    }

    // The same export next week, with its columns moved and recased, is the same header set.
    void theHeaderSetIgnoresOrderAndCase()
    {
        const QString key = mapped({QStringLiteral("E-Mail"), QStringLiteral("Firma")}).headerSetKey();
        QCOMPARE(mapped({QStringLiteral("firma "), QStringLiteral("e-mail")}).headerSetKey(), key);
        QVERIFY(mapped({QStringLiteral("E-Mail"), QStringLiteral("Firma"), QStringLiteral("Ort")}).headerSetKey()
                != key);
        QCOMPARE(key.size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
