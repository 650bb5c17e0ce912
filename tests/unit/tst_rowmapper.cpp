#include "rowmapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AssertDesk::Batch;
using AssertDesk::Contract::AssertRequest;
using AssertDesk::Contract::FieldCatalogue;

namespace {

const FieldCatalogue catalogue = FieldCatalogue::builtIn();

ColumnMapping mapping(const QStringList &header, const QString &match = QString())
{
    ColumnMapping m = ColumnMapping::automatic(header, catalogue);
    QString error;
    if (!m.chooseMatch(match, catalogue, &error))
        qFatal("%s", qPrintable(error));
    return m;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QStringList header {
    QStringLiteral("primary_email"), QStringLiteral("first_name"),       QStringLiteral("title"),
    QStringLiteral("address.city"),  QStringLiteral("address.zip_code"), QStringLiteral("email_2"),
    QStringLiteral("email_1"),       QStringLiteral("sms_consent"),      QStringLiteral("owner_user_id"),
    QStringLiteral("Notes")};

} // namespace

// A row's cells as the request it becomes.
class TestRowMapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsBecomeTheRequest()
    {
        const RowMapper mapper(mapping(header), catalogue);
        const AssertRequest r
            = mapper.map({QStringLiteral("sarah@acme.example"), QStringLiteral("Sarah"), QStringLiteral("VP, \"Eng\""),
                          QStringLiteral("Berlin"), QStringLiteral("10115"), QStringLiteral("s@home.example"),
                          QStringLiteral("sarah@acme.example"), QStringLiteral("Yes"),
                          QStringLiteral("ava.owner@sandbox.example"), QStringLiteral("not sent")});
        QCOMPARE(r.match(), json("{\"primary_email\":\"sarah@acme.example\"}"));
        // The match column is the match block's value alone: never also an attribute.
        QCOMPARE(r.attributes(),
                 json("{\"first_name\":\"Sarah\",\"title\":\"VP, \\\"Eng\\\"\","
                      "\"address\":{\"city\":\"Berlin\",\"zip_code\":\"10115\"},"
                      "\"contact_emails\":[{\"email\":\"sarah@acme.example\",\"is_primary\":true},"
                      "{\"email\":\"s@home.example\",\"is_primary\":false}],"
                      "\"sms_consent\":true,"
                      "\"owner_user_id\":{\"related_record_match\":{\"email\":\"ava.owner@sandbox.example\"}}}"));
    }

    void emptyCellsAreNotSent()
    {
        const RowMapper mapper(mapping(header), catalogue);
        const AssertRequest r
            = mapper.map({QStringLiteral("a@x.example"), QStringLiteral("Ann"), QString(), QString(), QString(),
                          QStringLiteral("second@x.example"), QString(), QString(), QString(), QString()});
        // email_1 is empty, so email_2 is the first filled one, and the primary.
        QCOMPARE(r.attributes(),
                 json("{\"first_name\":\"Ann\",\"contact_emails\":"
                      "[{\"email\":\"second@x.example\",\"is_primary\":true}]}"));
    }

    void withEmptyClearsAnEmptyCellClearsItsField()
    {
        const RowMapper mapper(mapping(header), catalogue, true);
        const AssertRequest r
            = mapper.map({QStringLiteral("a@x.example"), QStringLiteral("Ann"), QString(), QStringLiteral("Paris"),
                          QString(), QString(), QString(), QString(), QString(), QString()});
        // Only the address part that is empty: the parts the file has no column for stay as they are.
        QCOMPARE(r.attributes(),
                 json("{\"first_name\":\"Ann\",\"title\":null,"
                      "\"address\":{\"city\":\"Paris\",\"zip_code\":null},"
                      "\"contact_emails\":null,\"sms_consent\":null,\"owner_user_id\":null}"));
        QCOMPARE(r.matchValue(), QStringLiteral("a@x.example")); // the match is never cleared
    }

    void cellsOfOtherKindsAreReadAsTheFieldWants()
    {
        const QStringList h {QStringLiteral("primary_email"), QStringLiteral("sms_consent"),
                             QStringLiteral("owner_team_id"), QStringLiteral("address"),
                             QStringLiteral("phone_1"),       QStringLiteral("phone_2")};
        const RowMapper mapper(mapping(h), catalogue);
        const AssertRequest r = mapper.map({QStringLiteral("a@x.example"), QStringLiteral("maybe"),
                                            QStringLiteral("0b7d3c1e-4a5f-4c2e-9d8b-1a2b3c4d5e6f"),
                                            QStringLiteral(" {\"city\": \"Oslo\"}"), QStringLiteral("+4722334455"),
                                            QStringLiteral("+4799887766")});
        // What does not read as the field's kind stays text, for the validator to name.
        QCOMPARE(r.attribute(QStringLiteral("sms_consent")), QJsonValue(QStringLiteral("maybe")));
        QCOMPARE(r.attribute(QStringLiteral("owner_team_id")),
                 QJsonValue(QStringLiteral("0b7d3c1e-4a5f-4c2e-9d8b-1a2b3c4d5e6f")));
        QCOMPARE(r.attribute(QStringLiteral("address")), QJsonValue(json("{\"city\":\"Oslo\"}")));
        QCOMPARE(r.attribute(QStringLiteral("contact_phone_numbers")).toArray().size(), 2);
        QCOMPARE(r.attribute(QStringLiteral("contact_phone_numbers")).toArray().at(0).toObject(),
                 json("{\"phone_number\":\"+4722334455\",\"is_primary\":true}"));
    }

    void anyTextSurvivesAsWritten()
    {
        const QString odd = QStringLiteral("back\\slash \"quote\" tab\t bell\a newline\n Jörg 😀 \u2028");
        const RowMapper mapper(mapping({QStringLiteral("primary_email"), QStringLiteral("title")}), catalogue);
        const AssertRequest r = mapper.map({QStringLiteral("a@x.example"), odd});
        QCOMPARE(r.attribute(QStringLiteral("title")).toString(), odd);
    }

    // Every ASCII character, the ones JSON escapes among them, and rows one after another, a
    // short one after a long one: each request holds its own row's text and nothing else.
    void everyAsciiCharacterSurvivesRowAfterRow()
    {
        QString ascii;
        for (char16_t c = 1; c < 0x80; ++c)
            ascii += QChar(c);
        const RowMapper mapper(
            mapping({QStringLiteral("primary_email"), QStringLiteral("title"), QStringLiteral("department")}),
            catalogue);
        const QList<QStringList> rows {{QStringLiteral("a@x.example"), ascii, ascii + QStringLiteral(" Zürich")},
                                       {QStringLiteral("b@x.example"), QStringLiteral("CTO"), QString()},
                                       {QStringLiteral("c@x.example"), QStringLiteral("~\u007f\\"), ascii}};
        for (const QStringList &cells : rows) {
            const AssertRequest r = mapper.map(cells);
            QCOMPARE(r.matchValue(), cells.at(0));
            QCOMPARE(r.attribute(QStringLiteral("title")).toString(), cells.at(1));
            QCOMPARE(r.hasAttribute(QStringLiteral("department")), !cells.at(2).isEmpty());
            QCOMPARE(r.attribute(QStringLiteral("department")).toString(), cells.at(2));
            QCOMPARE(r.attributeNames().size(), cells.at(2).isEmpty() ? 1 : 2);
        }
    }

    void anEmailColumnAsTheMatchStaysInTheList()
    {
        const RowMapper mapper(mapping({QStringLiteral("email_1"), QStringLiteral("first_name")}), catalogue);
        const AssertRequest r = mapper.map({QStringLiteral("a@x.example"), QStringLiteral("Ann")});
        QCOMPARE(r.match(), json("{\"primary_email\":\"a@x.example\"}"));
        QCOMPARE(r.attribute(QStringLiteral("contact_emails")).toArray().size(), 1);
    }

    void withoutAMatchColumnThereIsNoMatchBlock()
    {
        const ColumnMapping m = ColumnMapping::automatic({QStringLiteral("first_name")}, catalogue);
        const AssertRequest r = RowMapper(m, catalogue).map({QStringLiteral("Ann")});
        QVERIFY(!r.toJsonObject().contains(QStringLiteral("match")));
    }

    // A problem the validator puts at a pointer is shown at the column it came from.
    void pointersLeadBackToColumns()
    {
        const RowMapper mapper(mapping(header), catalogue);
        const QStringList cells {QStringLiteral("a@x.example"), QString(), QString(), QString(), QString(),
                                 QStringLiteral("bad"),         QString(), QString(), QString(), QString()};
        QCOMPARE(mapper.columnFor(QStringLiteral("/match/primary_email"), cells), QStringLiteral("primary_email"));
        QCOMPARE(mapper.columnFor(QStringLiteral("/attributes/title"), cells), QStringLiteral("title"));
        QCOMPARE(mapper.columnFor(QStringLiteral("/attributes/address/zip_code"), cells),
                 QStringLiteral("address.zip_code"));
        // email_1 is empty, so row 0 of contact_emails came from email_2.
        QCOMPARE(mapper.columnFor(QStringLiteral("/attributes/contact_emails/0/email"), cells),
                 QStringLiteral("email_2"));
        QCOMPARE(mapper.columnFor(QStringLiteral("/attributes/contact_emails"), cells), QStringLiteral("email_1"));
        QCOMPARE(mapper.columnFor(QStringLiteral("/attributes"), cells), QString());
        QCOMPARE(mapper.columnFor(QString(), cells), QString());
    }
};

QTEST_GUILESS_MAIN(TestRowMapper)
#include "tst_rowmapper.moc"
