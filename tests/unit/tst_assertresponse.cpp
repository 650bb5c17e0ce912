#include "tst_assertresponse.h"

#include "assertresponse.h"
#include "bulkresponse.h"
#include "responseformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace AssertDesk::Contract;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ASSERTDESK_TEST_DATA "/responses/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

void TestAssertResponse::vendorExampleIsFullyTyped()
{
    const QByteArray body = fixture("vendor-example.json");
    const AssertResponse r = AssertResponse::parse(body, 201);
    QVERIFY2(r.isValid(), qPrintable(r.errorString()));
    QCOMPARE(r.recordId(), QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    QCOMPARE(r.recordType(), QStringLiteral("contact"));
    QCOMPARE(r.createdAt(), QStringLiteral("2023-11-07T05:31:56Z"));
    QCOMPARE(r.attributes().size(), 46);
    // Every attribute of the vendor's record has a type Assert Desk knows.
    for (const TypedValue &t : r.attributes()) {
        QVERIFY2(t.kind != TypedValue::Kind::Generic, qPrintable(t.name + QLatin1Char(' ') + t.valueType));
        for (const TypedValue &item : t.items)
            QVERIFY2(item.kind != TypedValue::Kind::Generic, qPrintable(t.name));
    }
    QCOMPARE(r.attribute(QStringLiteral("created_at"))->kind, TypedValue::Kind::Timestamp);
    QCOMPARE(r.attribute(QStringLiteral("created_at"))->display(), QStringLiteral("2023-11-07 05:31:56 UTC"));
    QCOMPARE(r.attribute(QStringLiteral("sms_consent"))->display(), QStringLiteral("yes"));
    QCOMPARE(r.attribute(QStringLiteral("contact_emails"))->items.first().display(),
             QStringLiteral("jsmith@example.com (primary)"));
    QCOMPARE(r.attribute(QStringLiteral("participant_user_id_list"))->kind, TypedValue::Kind::List);
    // No meta.action, but 201 says created; and the page's matched_on is an empty object.
    QCOMPARE(r.action(), AssertResponse::Action::Created);
    QVERIFY(!r.actionStated());
    QVERIFY(r.hasMatchedOn());
    QVERIFY(r.matchedOn().isEmpty());
    QCOMPARE(r.raw(), body);
}

void TestAssertResponse::everyValueTypeIsReadAsAPersonWould()
{
    const AssertResponse r = AssertResponse::parse(fixture("every-type-updated.json"), 200);
    QVERIFY2(r.isValid(), qPrintable(r.errorString()));
    QCOMPARE(r.action(), AssertResponse::Action::Updated);
    QVERIFY(r.actionStated());
    QCOMPARE(r.matchedOnText(), QStringLiteral("contact_emails = sarah@personal.example"));
    QCOMPARE(r.outcomeSentence(), QStringLiteral("Updated: matched on contact_emails = sarah@personal.example."));

    const auto display = [&](const char *name) {
        const TypedValue *t = r.attribute(QString::fromLatin1(name));
        return t ? t->display() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    };
    QCOMPARE(display("id"), QStringLiteral("7d1f0c2a-5b3e-4c8a-9f10-2a4b6c8d0e12"));
    QCOMPARE(display("first_name"), QStringLiteral("Sarah"));
    QCOMPARE(r.attribute(QStringLiteral("middle_name"))->kind, TypedValue::Kind::Null);
    QCOMPARE(r.attribute(QStringLiteral("middle_name"))->valueType, QStringLiteral("string"));
    QCOMPARE(display("primary_phone_number"), QStringLiteral("+14155551234"));
    QCOMPARE(display("created_source"), QStringLiteral("API"));
    QCOMPARE(display("notes"), QStringLiteral("Line one\nLine two"));
    QCOMPARE(display("sms_consent"), QStringLiteral("no"));
    QCOMPARE(display("address"), QStringLiteral("1 Market St, San Francisco, CA 94105, US"));
    QCOMPARE(display("stage"), QStringLiteral("Working (working) #6966FF"));
    QCOMPARE(r.attribute(QStringLiteral("stage"))->stageColor(), QStringLiteral("#6966FF"));
    QCOMPARE(display("owner_user_id"), QStringLiteral("user 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"));
    QCOMPARE(r.attribute(QStringLiteral("owner_team_id"))->kind, TypedValue::Kind::Null);
    QCOMPARE(display("contact_emails"), QStringLiteral("2 items"));
    const TypedValue *emails = r.attribute(QStringLiteral("contact_emails"));
    QCOMPARE(emails->valueType, QStringLiteral("contact_email"));
    QCOMPARE(emails->items.at(0).display(), QStringLiteral("sarah.chen@acme.com (primary) [WORK]"));
    QCOMPARE(emails->items.at(1).display(), QStringLiteral("sarah@personal.example"));
    QCOMPARE(emails->items.at(1).pointer, QStringLiteral("/data/attributes/contact_emails/1/value"));
    QCOMPARE(r.attribute(QStringLiteral("contact_phone_numbers"))->items.at(0).display(),
             QStringLiteral("+14155551234 (primary) [MOBILE]"));
    QCOMPARE(display("participant_user_id_list"), QStringLiteral("(none)"));
    QVERIFY(display("created_source_form_submission_details").contains(QStringLiteral("utm_campaign=spring")));
    QCOMPARE(display("annual_value"), QStringLiteral("12500.50"));
    QCOMPARE(display("lead_score"), QStringLiteral("87"));
    // A 20-digit number is shown exactly as the server wrote it.
    QCOMPARE(display("legacy_crm_id"), QStringLiteral("12345678901234567890"));
}

void TestAssertResponse::unknownTypesAndShapesAreKeptNotDropped()
{
    const AssertResponse r = AssertResponse::parse(fixture("every-type-updated.json"), 200);
    const TypedValue *colour = r.attribute(QStringLiteral("favourite_colour"));
    QVERIFY(colour);
    QCOMPARE(colour->kind, TypedValue::Kind::Generic);
    QCOMPARE(colour->valueType, QStringLiteral("colour_picker"));
    QCOMPARE(colour->display(), QStringLiteral("{\"hex\":\"#00FF00\",\"name\":\"green\"}"));

    const TypedValue *optIn = r.attribute(QStringLiteral("sms_opt_in"));
    QCOMPARE(optIn->kind, TypedValue::Kind::Generic);
    QVERIFY(optIn->note.contains(QStringLiteral("boolean")));
    QCOMPARE(optIn->display(), QStringLiteral("\"yes\""));

    const TypedValue *raw = r.attribute(QStringLiteral("raw_flag"));
    QCOMPARE(raw->kind, TypedValue::Kind::Generic);
    QVERIFY(raw->note.contains(QStringLiteral("envelope")));
    QCOMPARE(raw->display(), QStringLiteral("true"));

    QCOMPARE(r.dataExtras().value(QStringLiteral("workspace_hint")).toString(), QStringLiteral("kept, not dropped"));
    QCOMPARE(r.metaExtras().value(QStringLiteral("request_id")).toString(), QStringLiteral("req_42"));
    QVERIFY(r.topExtras().contains(QStringLiteral("links")));
}

void TestAssertResponse::outcomeIsWorkedOutWhenNotStated()
{
    const QByteArray updatedNoAction
        = R"({"data":{"id":"a","attributes":{}},"meta":{"matched_on":{"contact_emails":"x@y.example"}}})";
    const AssertResponse r = AssertResponse::parse(updatedNoAction, 200);
    QCOMPARE(r.action(), AssertResponse::Action::Updated);
    QVERIFY(!r.actionStated());
    QVERIFY(r.outcomeSentence().contains(QStringLiteral("worked out")));

    const AssertResponse unknown = AssertResponse::parse(R"({"data":{"id":"a","attributes":{}}})", 200);
    QCOMPARE(unknown.action(), AssertResponse::Action::Unknown);
    QVERIFY(!unknown.hasMatchedOn());

    const AssertResponse odd
        = AssertResponse::parse(R"({"data":{"id":"a","attributes":{}},"meta":{"action":"merged"}})", 200);
    QCOMPARE(odd.action(), AssertResponse::Action::Unknown);
    QCOMPARE(odd.metaExtras().value(QStringLiteral("action")).toString(), QStringLiteral("merged"));
}

void TestAssertResponse::numericIdStaysExact()
{
    const AssertResponse r = AssertResponse::parse(R"({"data":{"id":98765432109876543210,"attributes":{}}})");
    QVERIFY(r.isValid());
    QCOMPARE(r.recordId(), QStringLiteral("98765432109876543210"));
}

void TestAssertResponse::notAnAssertResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << 200 << QStringLiteral("empty");
    QTest::newRow("truncated") << QByteArray(R"({"data":{"id":"a","attr)") << 200 << QStringLiteral("not valid JSON");
    QTest::newRow("top-level array") << QByteArray("[1,2]") << 200 << QStringLiteral("list");
    QTest::newRow("no data") << QByteArray(R"({"result":{}})") << 200 << QStringLiteral("no \"data\"");
    QTest::newRow("data without attributes")
        << QByteArray(R"({"data":{"id":"a"}})") << 200 << QStringLiteral("no \"attributes\"");
    QTest::newRow("error body") << QByteArray(R"({"error":{"code":"unknown_field","message":"no such field"}})") << 422
                                << QStringLiteral("422 unknown_field: no such field");
    QTest::newRow("2000-deep nesting") << (QByteArray("{\"data\":") + QByteArray(2000, '[') + QByteArray(2000, ']')
                                           + "}")
                                       << 200 << QStringLiteral("not valid JSON");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"data\":{\"id\":\"\xc3\x28\",\"attributes\":{}}}") << 200
                                   << QStringLiteral("not valid JSON");
}

void TestAssertResponse::notAnAssertResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const AssertResponse r = AssertResponse::parse(body, status);
    QVERIFY(!r.isValid());
    QVERIFY2(r.errorString().contains(messagePart), qPrintable(r.errorString()));
    QCOMPARE(r.raw(), body);
}

void TestAssertResponse::duplicateKeysKeepOneValue()
{
    const AssertResponse r = AssertResponse::parse(
        R"({"data":{"id":"a","attributes":{"title":{"value":"A","value_type":"string"},"title":{"value":"B","value_type":"string"}}}})");
    QVERIFY(r.isValid());
    QCOMPARE(r.attributes().size(), 1);
}

void TestAssertResponse::tenMegabyteResponseIsReadWhole()
{
    constexpr int rows = 90000;
    const QByteArray body = AssertDesk::Test::bulkEmailsResponse(rows);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    const AssertResponse r = AssertResponse::parse(body, 201);
    QVERIFY(r.isValid());
    const TypedValue *list = r.attribute(QStringLiteral("contact_emails"));
    QCOMPARE(list->items.size(), rows);
    QCOMPARE(list->items.last().display(), QStringLiteral("person89999@bulk-example.example [WORK, PERSONAL]"));
}

void TestAssertResponse::listsCanBeTypedOnDemand()
{
    const AssertResponse eager = AssertResponse::parse(fixture("every-type-updated.json"), 200);
    const AssertResponse lazy
        = AssertResponse::parse(fixture("every-type-updated.json"), 200, AssertResponse::Lists::OnDemand);
    const TypedValue *e = eager.attribute(QStringLiteral("contact_emails"));
    const TypedValue *l = lazy.attribute(QStringLiteral("contact_emails"));
    QVERIFY(l->items.isEmpty());
    QCOMPARE(l->count(), 2);
    QCOMPARE(l->valueType, QStringLiteral("contact_email"));
    QCOMPARE(l->display(), e->display());
    for (qsizetype i = 0; i < l->count(); ++i) {
        QCOMPARE(l->item(i).display(), e->items.at(i).display());
        QCOMPARE(l->item(i).pointer, e->items.at(i).pointer);
    }
    QCOMPARE(lazy.exactNumbers().value(QStringLiteral("/data/attributes/legacy_crm_id/value")),
             QByteArray("12345678901234567890"));
}

void TestAssertResponse::textFormatHasOutcomeFirstAndOneLinePerAttribute()
{
    const AssertResponse r = AssertResponse::parse(fixture("every-type-updated.json"), 200);
    const QStringList lines = ResponseFormatter::toText(r).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Updated: matched on contact_emails = sarah@personal.example."));
    QVERIFY(lines.contains(QStringLiteral("  first_name (string): Sarah")));
    QVERIFY(lines.contains(QStringLiteral("  notes (long_text): Line one\\nLine two")));
    QVERIFY(lines.contains(QStringLiteral("  contact_emails (contact_email list): 2 items")));
    QVERIFY(lines.contains(QStringLiteral("    [1] (contact_email): sarah.chen@acme.com (primary) [WORK]")));
    QVERIFY(lines.contains(QStringLiteral("  middle_name (string): (empty)")));

    const QJsonObject json = ResponseFormatter::toJson(r);
    QCOMPARE(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("updated"));
    const QJsonArray attrs = json.value(QStringLiteral("attributes")).toArray();
    QCOMPARE(attrs.size(), int(r.attributes().size()));
    bool sawBigNumber = false;
    for (const QJsonValue &a : attrs)
        if (a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("legacy_crm_id")) {
            sawBigNumber = true;
            QCOMPARE(a.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("12345678901234567890"));
        }
    QVERIFY(sawBigNumber);
}

QTEST_GUILESS_MAIN(TestAssertResponse)
