#include "tst_requestvalidator.h"

#include "requestvalidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace AssertDesk::Contract;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ASSERTDESK_TEST_DATA "/requests/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QString describe(const ValidationProblems &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << p.severityName() + QLatin1Char(' ') + p.pointer + QLatin1Char(' ') + p.code;
    return lines.join(QLatin1String("; "));
}

const ValidationProblem *find(const ValidationProblems &problems, const QString &pointer, const QString &code)
{
    for (const auto &p : problems)
        if (p.pointer == pointer && p.code == code)
            return &p;
    return nullptr;
}

// A valid base body with one attribute replaced; most rows only differ there.
QByteArray withAttribute(const char *name, const QByteArray &json)
{
    // (No raw string here: moc's lexer loses its place in one that ends in a quote.)
    return QByteArray("{\"match\":{\"primary_email\":\"sarah.chen@acme.com\"},"
                      "\"attributes\":{\"first_name\":\"Sarah\",\"")
        + name + "\":" + json + "}}";
}

void row(const char *name, const QByteArray &body, const char *pointer, const char *code, bool isError = true)
{
    QTest::newRow(name) << body << QString::fromLatin1(pointer) << QString::fromLatin1(code) << isError;
}

// The three structural rules of the vendor page.
void structuralRuleRows()
{
    row("field in both blocks",
        R"({"match":{"primary_email":"a@b.example"},"attributes":{"primary_email":"c@d.example"}})",
        "/attributes/primary_email", "field_in_both_blocks");
    row("empty attributes", R"({"match":{"primary_email":"a@b.example"},"attributes":{}})", "/attributes",
        "attributes_empty");
    row("relationships block",
        R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":"x"},"relationships":{"account":{}}})",
        "/relationships", "relationships_not_allowed");
}

// Blocks missing or the wrong shape.
void blockShapeRows()
{
    row("no attributes", R"({"match":{"primary_email":"a@b.example"}})", "/attributes", "attributes_missing");
    row("attributes is a list", R"({"match":{"primary_email":"a@b.example"},"attributes":[]})", "/attributes",
        "attributes_not_object");
    row("no match", R"({"attributes":{"title":"x"}})", "/match", "match_missing");
    row("match is text", R"({"match":"a@b.example","attributes":{"title":"x"}})", "/match", "match_not_object");
    row("two match keys",
        R"({"match":{"primary_email":"a@b.example","contact_emails":"a@b.example"},"attributes":{"title":"x"}})",
        "/match", "match_key_count");
    row("empty match", R"({"match":{},"attributes":{"title":"x"}})", "/match", "match_key_count");
    row("match by name", R"({"match":{"first_name":"Sarah"},"attributes":{"title":"x"}})", "/match/first_name",
        "match_key_not_allowed");
    row("match email invalid", R"({"match":{"primary_email":"sarah@"},"attributes":{"title":"x"}})",
        "/match/primary_email", "match_value_invalid");
    row("match value a list", R"({"match":{"contact_emails":["a@b.example"]},"attributes":{"title":"x"}})",
        "/match/contact_emails", "match_value_invalid");
    row("match email padded", R"({"match":{"primary_email":" a@b.example "},"attributes":{"title":"x"}})",
        "/match/primary_email", "surrounding_whitespace", false);
}

// Read-only and unknown fields.
void fieldAccessRows()
{
    row("display_name", withAttribute("display_name", "\"Sarah Chen\""), "/attributes/display_name",
        "field_not_creatable");
    row("system field", withAttribute("created_at", "\"2026-01-01T00:00:00Z\""), "/attributes/created_at",
        "field_not_creatable");
    row("enrichment field", withAttribute("email_enrich_status", "\"done\""), "/attributes/email_enrich_status",
        "field_not_creatable");
    row("unknown field without schema", withAttribute("nickname", "\"Sal\""), "/attributes/nickname", "unknown_field",
        false);
    row("unknown top-level key",
        R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":"x"},"dry_run":true})", "/dry_run",
        "unknown_top_level_key", false);
}

// Value checks: text, email, phone, boolean, URL.
void scalarValueRows()
{
    row("text given a number", withAttribute("title", "42"), "/attributes/title", "field_value_invalid");
    row("text padded", withAttribute("title", "\" VP \""), "/attributes/title", "surrounding_whitespace", false);
    row("email syntax",
        R"({"match":{"contact_emails":"sarah.chen@acme.com"},"attributes":{"primary_email":"sarah.chen@@acme.com"}})",
        "/attributes/primary_email", "field_value_invalid");
    row("phone letters", withAttribute("primary_phone_number", "\"call me\""), "/attributes/primary_phone_number",
        "field_value_invalid");
    row("phone too short", withAttribute("primary_phone_number", "\"+1 555\""), "/attributes/primary_phone_number",
        "field_value_invalid");
    row("phone not E.164", withAttribute("primary_phone_number", "\"(415) 555-1234\""),
        "/attributes/primary_phone_number", "phone_not_e164", false);
    row("boolean as text", withAttribute("sms_consent", "\"true\""), "/attributes/sms_consent", "field_value_invalid");
    row("boolean as number", withAttribute("sms_consent", "1"), "/attributes/sms_consent", "field_value_invalid");
    row("url without scheme", withAttribute("linkedin_url", "\"linkedin.com/in/sarah\""), "/attributes/linkedin_url",
        "field_value_invalid");
    row("url ftp", withAttribute("x_url", "\"ftp://x.com/a\""), "/attributes/x_url", "field_value_invalid");
}

// Value checks: address, stage, reference.
void shapedValueRows()
{
    row("address not an object", withAttribute("address", "\"1 Market St\""), "/attributes/address",
        "field_value_invalid");
    row("address unknown part", withAttribute("address", R"({"city":"SF","postcode":"94105"})"),
        "/attributes/address/postcode", "field_value_invalid");
    row("address part a number", withAttribute("address", R"({"zip_code":94105})"), "/attributes/address/zip_code",
        "field_value_invalid");
    row("stage empty", withAttribute("stage", "\"\""), "/attributes/stage", "field_value_invalid");
    row("stage display name", withAttribute("stage", "\"In Progress\""), "/attributes/stage", "stage_not_api_name",
        false);
    row("reference not a uuid", withAttribute("owner_user_id", "\"bob\""), "/attributes/owner_user_id",
        "field_value_invalid");
    row("reference id object bad uuid", withAttribute("owner_team_id", R"({"related_record_id":"123"})"),
        "/attributes/owner_team_id/related_record_id", "field_value_invalid");
    row("reference match bad email", withAttribute("owner_user_id", R"({"related_record_match":{"email":"bob"}})"),
        "/attributes/owner_user_id/related_record_match/email", "field_value_invalid");
    row("reference other shape", withAttribute("owner_user_id", R"({"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"})"),
        "/attributes/owner_user_id", "field_value_invalid");
}

// Value checks: email and phone lists.
void contactListRows()
{
    row("emails not a list", withAttribute("contact_emails", "\"a@b.example\""), "/attributes/contact_emails",
        "field_value_invalid");
    row("emails two primaries",
        withAttribute("contact_emails",
                      R"([{"email":"a@b.example","is_primary":true},{"email":"c@d.example","is_primary":true}])"),
        "/attributes/contact_emails", "primary_count");
    row("emails no primary", withAttribute("contact_emails", R"([{"email":"a@b.example"}])"),
        "/attributes/contact_emails", "primary_count");
    row("emails duplicate ignoring case",
        withAttribute("contact_emails", R"([{"email":"a@b.example","is_primary":true},{"email":"A@B.example"}])"),
        "/attributes/contact_emails/1/email", "duplicate_email");
    row("emails bad label",
        withAttribute("contact_emails", R"([{"email":"a@b.example","is_primary":true,"labels":["HOME"]}])"),
        "/attributes/contact_emails/0/labels/0", "unknown_label");
    row("emails bad address", withAttribute("contact_emails", R"([{"email":"nope","is_primary":true}])"),
        "/attributes/contact_emails/0/email", "field_value_invalid");
    row("emails unknown key",
        withAttribute("contact_emails", R"([{"email":"a@b.example","is_primary":true,"verified":true}])"),
        "/attributes/contact_emails/0/verified", "field_value_invalid");
    row("phones is_primary text",
        withAttribute("contact_phone_numbers", R"([{"phone_number":"+14155551234","is_primary":"yes"}])"),
        "/attributes/contact_phone_numbers/0/is_primary", "field_value_invalid");
}

// Envelopes, and a body that only clears fields.
void envelopeAndNullRows()
{
    row("envelope type mismatch", withAttribute("title", R"({"value_type":"boolean","value":"VP"})"),
        "/attributes/title/value_type", "field_value_invalid");
    row("envelope value checked", withAttribute("sms_consent", R"({"value_type":"boolean","value":"no"})"),
        "/attributes/sms_consent/value", "field_value_invalid");
    row("all attributes null", R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":null}})",
        "/attributes", "attributes_all_null", false);
}

} // namespace

void TestRequestValidator::validFixturesHaveNoProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("vendor page example") << fixture("vendor-example.json");
    QTest::newRow("every writable field") << fixture("every-field.json");
    QTest::newRow("enveloped value") << withAttribute("title", R"({"value_type":"string","value":"VP"})");
    QTest::newRow("null clears a field") << withAttribute("title", "null");
    QTest::newRow("reference by id object")
        << withAttribute("owner_user_id", R"({"related_record_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"})");
    QTest::newRow("empty address") << withAttribute("address", "{}");
    QTest::newRow("match by contact_emails")
        << QByteArray(R"({"match":{"contact_emails":"a@b.example"},"attributes":{"title":"x"}})");
}

void TestRequestValidator::validFixturesHaveNoProblems()
{
    QFETCH(QByteArray, body);
    const auto result = RequestValidator().validateJson(body);
    QVERIFY(result.usable);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
}

void TestRequestValidator::eachRuleFlagsTheFieldAtFault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");
    structuralRuleRows();
    blockShapeRows();
    fieldAccessRows();
    scalarValueRows();
    shapedValueRows();
    contactListRows();
    envelopeAndNullRows();
}

void TestRequestValidator::eachRuleFlagsTheFieldAtFault()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    // Phone numbers written without +country code are read as numbers of the United States.
    const auto result = RequestValidator(FieldCatalogue::builtIn(), QStringLiteral("US")).validateJson(body);
    QVERIFY(result.usable);
    const ValidationProblem *p = find(result.problems, pointer, code);
    QVERIFY2(p, qPrintable(QStringLiteral("expected %1 at %2, got: %3").arg(code, pointer, describe(result.problems))));
    QCOMPARE(p->isError(), isError);
    QVERIFY2(p->message.size() > 15, qPrintable(p->message));
    QCOMPARE(hasErrors(result.problems), isError);
}

void TestRequestValidator::phoneNumbersAreReadInTheValidatorsRegion()
{
    const QByteArray body = withAttribute("primary_phone_number", "\"030 12345678\"");
    const QString pointer = QStringLiteral("/attributes/primary_phone_number");
    RequestValidator validator(FieldCatalogue::builtIn(), QStringLiteral("DE"));
    QCOMPARE(validator.phoneRegion(), QStringLiteral("DE"));
    // A Berlin number, read in Germany: fine, and the warning names the form the window sends.
    const auto german = validator.validateJson(body);
    const ValidationProblem *warning = find(german.problems, pointer, QStringLiteral("phone_not_e164"));
    QVERIFY2(warning, qPrintable(describe(german.problems)));
    QVERIFY(!hasErrors(german.problems));
    QVERIFY2(warning->message.contains(QStringLiteral("+493012345678")), qPrintable(warning->message));
    // The same digits read in the United States are no number at all: an error naming what was typed.
    validator.setPhoneRegion(QStringLiteral("US"));
    const auto american = validator.validateJson(body);
    const ValidationProblem *error = find(american.problems, pointer, QStringLiteral("field_value_invalid"));
    QVERIFY2(error && error->isError(), qPrintable(describe(american.problems)));
    QVERIFY2(error->message.contains(QStringLiteral("\"030 12345678\"")), qPrintable(error->message));
    // With no region, only a number written with + can be valid.
    validator.setPhoneRegion(QString());
    QVERIFY(hasErrors(validator.validateJson(body).problems));
    QVERIFY(validator.validateJson(withAttribute("primary_phone_number", "\"+493012345678\"")).problems.isEmpty());
}

void TestRequestValidator::everyProblemIsReportedNotJustTheFirst()
{
    const QByteArray body = R"({"match":{"primary_email":"a@b.example"},"attributes":{"primary_email":"a@b.example",)"
                            "\"display_name\":\"X\",\"sms_consent\":\"yes\"},\"relationships\":{}}";
    const auto result = RequestValidator().validateJson(body);
    QCOMPARE(result.problems.size(), 4);
}

void TestRequestValidator::schemaMakesUnknownFieldsErrors()
{
    FieldCatalogue catalogue = FieldCatalogue::builtIn();
    QString error;
    QVERIFY(catalogue.mergeSchema(
        R"({"data":{"attributes":[{"name":"first_name","is_creatable":true,"is_updatable":true,"type_info":{"is_array":false,"value_type":"string"}},
            {"name":"loyalty_tier","display_name":"Loyalty tier","is_creatable":true,"is_updatable":true,"type_info":{"is_array":false,"value_type":"string"}}]}})",
        &error));
    const RequestValidator validator(catalogue);
    const auto ok = validator.validateJson(withAttribute("loyalty_tier", "\"gold\""));
    QVERIFY2(ok.problems.isEmpty(), qPrintable(describe(ok.problems)));
    const auto bad = validator.validateJson(withAttribute("nickname", "\"Sal\""));
    const ValidationProblem *p
        = find(bad.problems, QStringLiteral("/attributes/nickname"), QStringLiteral("unknown_field"));
    QVERIFY(p);
    QVERIFY(p->isError());
    const auto wrongType = validator.validateJson(withAttribute("loyalty_tier", "3"));
    QVERIFY(
        find(wrongType.problems, QStringLiteral("/attributes/loyalty_tier"), QStringLiteral("field_value_invalid")));
}

void TestRequestValidator::hostileInputGetsAClearVerdict_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("not_json") << QStringLiteral("empty");
    QTest::newRow("truncated") << QByteArray(R"({"match":{"primary_email":"a@b.example"},"attri)") << false
                               << QStringLiteral("not_json") << QStringLiteral("line 1, column");
    QTest::newRow("top-level array") << QByteArray("[{\"match\":{}}]") << false << QStringLiteral("not_object")
                                     << QStringLiteral("list");
    QTest::newRow("top-level string") << QByteArray("\"hello\"") << false << QStringLiteral("not_object")
                                      << QStringLiteral("a single JSON value");
    QTest::newRow("2000-deep nesting") << (QByteArray(2000, '[') + QByteArray(2000, ']')) << false
                                       << QStringLiteral("not_json") << QStringLiteral("not valid JSON");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"match\":{\"primary_email\":\"a\xff\xfe@b.example\"}}") << false
                                   << QStringLiteral("not_json") << QStringLiteral("not valid JSON");
    QTest::newRow("20-digit number") << withAttribute("lead_score", "12345678901234567890") << true
                                     << QStringLiteral("number_precision") << QStringLiteral("12345678901234567890");
    QTest::newRow("duplicate key") << QByteArray(
        R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":"A","title":"B"}})")
                                   << true << QStringLiteral("duplicate_key")
                                   << QStringLiteral("\"title\" is written twice");
}

void TestRequestValidator::hostileInputGetsAClearVerdict()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, usable);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const auto result = RequestValidator().validateJson(body);
    QCOMPARE(result.usable, usable);
    bool found = false;
    for (const auto &p : result.problems)
        if (p.code == code) {
            found = true;
            QVERIFY2(p.message.contains(messagePart), qPrintable(p.message));
        }
    QVERIFY2(found, qPrintable(describe(result.problems)));
}

void TestRequestValidator::tenMegabyteBodyIsCheckedWhole()
{
    // A 10 MB request: 100,000 emails, one of them a duplicate near the end.
    QByteArray emails = "[{\"email\":\"first@example.com\",\"is_primary\":true}";
    constexpr int rows = 130000;
    for (int i = 0; i < rows; ++i)
        emails += ",{\"email\":\"person" + QByteArray::number(i)
            + "@bulk-example-domain-for-size.example\",\"labels\":[\"WORK\"]}";
    emails += ",{\"email\":\"person" + QByteArray::number(rows - 2) + "@bulk-example-domain-for-size.example\"}]";
    const QByteArray body = withAttribute("contact_emails", emails);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    const auto result = RequestValidator().validateJson(body);
    QVERIFY(result.usable);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().code, QStringLiteral("duplicate_email"));
    QCOMPARE(result.problems.first().pointer, QStringLiteral("/attributes/contact_emails/%1/email").arg(rows + 1));
}

void TestRequestValidator::requestBytesAreStable()
{
    AssertRequest a;
    a.setMatch(QStringLiteral("primary_email"), QStringLiteral("a@b.example"));
    a.setAttribute(QStringLiteral("title"), QStringLiteral("VP"));
    a.setAttribute(QStringLiteral("first_name"), QStringLiteral("Sarah"));
    a.setAttributeNull(QStringLiteral("middle_name"));
    AssertRequest b;
    b.setAttributeNull(QStringLiteral("middle_name"));
    b.setAttribute(QStringLiteral("first_name"), QStringLiteral("Sarah"));
    b.setAttribute(QStringLiteral("title"), QStringLiteral("VP"));
    b.setMatch(QStringLiteral("primary_email"), QStringLiteral("a@b.example"));
    QCOMPARE(a.toBytes(), b.toBytes());
    QCOMPARE(
        a.toBytes(),
        QByteArray(
            R"({"attributes":{"first_name":"Sarah","middle_name":null,"title":"VP"},"match":{"primary_email":"a@b.example"}})"));
    // Unset, null and a value are three different requests.
    AssertRequest unset = a;
    unset.unsetAttribute(QStringLiteral("middle_name"));
    QVERIFY(!unset.toBytes().contains("middle_name"));
    QVERIFY(!(unset == a));
}

void TestRequestValidator::unknownKeysSurviveTheRoundTrip()
{
    const QByteArray body
        = R"({"match":{"primary_email":"a@b.example"},"attributes":{"x_custom":{"deep":[1,2]}},"relationships":{"a":1}})";
    const AssertRequest r = AssertRequest::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(r.matchKey(), QStringLiteral("primary_email"));
    QCOMPARE(r.matchValue(), QStringLiteral("a@b.example"));
    QCOMPARE(QJsonDocument(r.toJsonObject()), QJsonDocument::fromJson(body));
}

QTEST_GUILESS_MAIN(TestRequestValidator)
