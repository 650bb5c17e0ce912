#include "tst_sandbox.h"
#include "tst_sandboxhelpers.h"

#include "httpclient.h"

#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace AssertDesk::Sandbox;
using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::HttpResult;

HttpResult TestSandbox::assertContact(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_client->post(QStringLiteral("/contact/_assert"), body, headers);
}

void TestSandbox::init()
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    options.readOnlyKeys = {QString::fromLatin1(kReadKey)};
    options.faults = true;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<HttpClient>(m_server->baseUrl(), kKey);
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandbox::healthNeedsNoKey()
{
    HttpClient anonymous(m_server->baseUrl());
    const HttpResult r = anonymous.get(QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("healthy"));
}

void TestSandbox::keysAreChecked()
{
    HttpClient anonymous(m_server->baseUrl());
    const HttpResult none = anonymous.post(QStringLiteral("/contact/_assert"), "{}");
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(QStringLiteral("detail")).toString(), QStringLiteral("Not authenticated"));
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));

    HttpClient wrong(m_server->baseUrl(), "not-a-key");
    QCOMPARE(wrong.get(QStringLiteral("/_schema/contact")).status, 401);

    HttpClient reader(m_server->baseUrl(), kReadKey);
    const HttpResult write
        = reader.post(QStringLiteral("/contact/_assert"),
                      assertBody(QStringLiteral("r@x.example"), {{QStringLiteral("title"), QStringLiteral("t")}}));
    QCOMPARE(write.status, 403);
    const QJsonObject error = write.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
    QCOMPARE(error.value(QStringLiteral("missing_permissions")).toArray().first().toString(),
             QStringLiteral("contacts:write"));
    QCOMPARE(m_server->contactCount(), 0);
    QCOMPARE(reader.post(QStringLiteral("/contact/_query"), "{}").status, 200);
    QCOMPARE(reader.get(QStringLiteral("/_schema/contact")).status, 200);
}

void TestSandbox::schemaDescribesEveryField()
{
    const HttpResult r = m_client->get(QStringLiteral("/_schema/contact"));
    QCOMPARE(r.status, 200);
    const QJsonArray list
        = r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("attributes")).toArray();
    QCOMPARE(list.size(), 47); // the vendor's 46 and the workspace's lead_source
    QSet<QString> creatable;
    for (const QJsonValue &a : list) {
        const QJsonObject o = a.toObject();
        QVERIFY(o.contains(QStringLiteral("is_updatable")) && o.contains(QStringLiteral("is_unique"))
                && o.contains(QStringLiteral("is_required_on_create")));
        QVERIFY(o.value(QStringLiteral("type_info")).toObject().contains(QStringLiteral("value_type")));
        if (o.value(QStringLiteral("is_creatable")).toBool())
            creatable << o.value(QStringLiteral("name")).toString();
    }
    QCOMPARE(creatable.size(), 19);
    QVERIFY(creatable.contains(QStringLiteral("lead_source")));
    QVERIFY(!creatable.contains(QStringLiteral("display_name")));
}

void TestSandbox::createsThenUpdatesThroughASecondaryEmail()
{
    const HttpResult created
        = assertContact(assertBody(QStringLiteral(" Sarah.Chen@acme.com "),
                                   {{QStringLiteral("first_name"), QStringLiteral("Sarah")},
                                    {QStringLiteral("last_name"), QStringLiteral("Chen")},
                                    {QStringLiteral("title"), QStringLiteral("VP of Engineering")}}));
    QCOMPARE(created.status, 201);
    const QJsonObject meta = created.json().value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("action")).toString(), QStringLiteral("created"));
    QVERIFY(meta.value(QStringLiteral("matched_on")).isObject());
    QVERIFY(meta.value(QStringLiteral("matched_on")).toObject().isEmpty());
    // The match email became the primary email and a contact_emails row.
    QCOMPARE(value(created, "primary_email").toString(), QStringLiteral("Sarah.Chen@acme.com"));
    QCOMPARE(emailsOf(created), QStringList {QStringLiteral("Sarah.Chen@acme.com")});
    QCOMPARE(value(created, "display_name").toString(), QStringLiteral("Sarah Chen"));
    const QString id = created.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    const QString createdAt = value(created, "updated_at").toString();

    // Add a second address, then match on it, in another case and with spaces.
    const HttpResult withSecond = assertContact(
        assertBody(QStringLiteral("sarah.chen@acme.com"),
                   {{QStringLiteral("contact_phone_numbers"),
                     QJsonArray {QJsonObject {{QStringLiteral("phone_number"), QStringLiteral("+14155551234")},
                                              {QStringLiteral("is_primary"), true}}}}}));
    QCOMPARE(withSecond.status, 200);
    const HttpResult addEmail
        = m_client->post(QStringLiteral("/contact/_assert"),
                         assertBody(QStringLiteral("sarah.chen@acme.com"),
                                    {{QStringLiteral("primary_phone_number"), QStringLiteral("+14155559999")}}));
    QCOMPARE(addEmail.status, 200);
    QCOMPARE(value(addEmail, "primary_phone_number").toString(), QStringLiteral("+14155559999"));

    const HttpResult emailsReplaced = assertContact(
        assertBody(QStringLiteral("SARAH.CHEN@acme.com"),
                   {{QStringLiteral("contact_emails"),
                     QJsonArray {QJsonObject {{QStringLiteral("email"), QStringLiteral("sarah.chen@acme.com")},
                                              {QStringLiteral("is_primary"), true}},
                                 QJsonObject {{QStringLiteral("email"), QStringLiteral("sarah@home.example")},
                                              {QStringLiteral("is_primary"), false},
                                              {QStringLiteral("labels"), QJsonArray {QStringLiteral("PERSONAL")}}}}}},
                   QStringLiteral("primary_email")));
    QCOMPARE(emailsReplaced.status, 200);
    QCOMPARE(emailsOf(emailsReplaced).size(), 2);

    const HttpResult updated = assertContact(assertBody(QStringLiteral("  Sarah@HOME.example"),
                                                        {{QStringLiteral("title"), QStringLiteral("CTO")}},
                                                        QStringLiteral("contact_emails")));
    QCOMPARE(updated.status, 200);
    const QJsonObject updatedMeta = updated.json().value(QStringLiteral("meta")).toObject();
    QCOMPARE(updatedMeta.value(QStringLiteral("action")).toString(), QStringLiteral("updated"));
    QCOMPARE(
        updatedMeta.value(QStringLiteral("matched_on")).toObject().value(QStringLiteral("contact_emails")).toString(),
        QStringLiteral("sarah@home.example"));
    QCOMPARE(updated.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(value(updated, "title").toString(), QStringLiteral("CTO"));
    QCOMPARE(value(updated, "first_name").toString(), QStringLiteral("Sarah")); // omitted: unchanged
    QVERIFY(value(updated, "updated_at").toString() > createdAt);
    QCOMPARE(m_server->contactCount(), 1);
}

void TestSandbox::nullClearsAndNamesDeriveDisplayName()
{
    QCOMPARE(assertContact(assertBody(QStringLiteral("n@x.example"),
                                      {{QStringLiteral("first_name"), QStringLiteral("Ann")},
                                       {QStringLiteral("last_name"), QStringLiteral("Lee")}}))
                 .status,
             201);
    const HttpResult cleared
        = assertContact(assertBody(QStringLiteral("n@x.example"), {{QStringLiteral("first_name"), QJsonValue::Null}}));
    QCOMPARE(cleared.status, 200);
    QVERIFY(value(cleared, "first_name").isNull());
    QCOMPARE(value(cleared, "display_name").toString(), QStringLiteral("Lee"));
    const HttpResult enveloped
        = assertContact(assertBody(QStringLiteral("n@x.example"),
                                   {{QStringLiteral("first_name"),
                                     QJsonObject {{QStringLiteral("value_type"), QStringLiteral("string")},
                                                  {QStringLiteral("value"), QStringLiteral("Anne")}}}}));
    QCOMPARE(value(enveloped, "display_name").toString(), QStringLiteral("Anne Lee"));
}

void TestSandbox::responseCarriesEveryFieldOfTheVendorRecord()
{
    QFile vendor(QStringLiteral(ASSERTDESK_TEST_DATA "/responses/vendor-example.json"));
    QVERIFY(vendor.open(QIODevice::ReadOnly));
    const QJsonObject example = QJsonDocument::fromJson(vendor.readAll())
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("attributes"))
                                    .toObject();
    const HttpResult r = assertContact(assertBody(
        QStringLiteral("full@x.example"),
        {{QStringLiteral("stage"), QStringLiteral("working")},
         {QStringLiteral("owner_user_id"),
          QJsonObject {{QStringLiteral("related_record_match"),
                        QJsonObject {{QStringLiteral("email"), QStringLiteral("ava.owner@sandbox.example")}}}}},
         {QStringLiteral("address"), QJsonObject {{QStringLiteral("city"), QStringLiteral("Austin")}}}}));
    QCOMPARE(r.status, 201);
    const QJsonObject got = attrs(r);
    for (const QString &key : example.keys())
        QVERIFY2(got.contains(key), qPrintable(key));
    QCOMPARE(got.size(), example.size() + 1); // + the workspace's custom field
    for (auto it = example.begin(); it != example.end(); ++it) {
        const QJsonValue mine = got.value(it.key());
        if (it.value().isArray()) {
            QVERIFY2(mine.isArray(), qPrintable(it.key()));
            continue;
        }
        QCOMPARE(mine.toObject().value(QStringLiteral("value_type")).toString(),
                 it.value().toObject().value(QStringLiteral("value_type")).toString());
        QVERIFY2(mine.toObject().contains(QStringLiteral("value")), qPrintable(it.key()));
    }
    QCOMPARE(value(r, "stage").toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#6966FF"));
    QCOMPARE(value(r, "owner_user_id").toObject().value(QStringLiteral("related_record_type")).toString(),
             QStringLiteral("user"));
    QCOMPARE(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("record_type")).toString(),
             QStringLiteral("contact"));
}

void TestSandbox::structuralRulesAnswerWithDetail_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonArray>("loc");
    QTest::newRow("field in both blocks")
        << QByteArray(R"({"match":{"primary_email":"a@b.example"},"attributes":{"primary_email":"c@d.example"}})")
        << QStringLiteral("field_in_both_blocks")
        << QJsonArray {QStringLiteral("body"), QStringLiteral("attributes"), QStringLiteral("primary_email")};
    QTest::newRow("empty attributes") << QByteArray(R"({"match":{"primary_email":"a@b.example"},"attributes":{}})")
                                      << QStringLiteral("attributes_empty")
                                      << QJsonArray {QStringLiteral("body"), QStringLiteral("attributes")};
    QTest::newRow("relationships") << QByteArray(
        R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":"x"},"relationships":{}})")
                                   << QStringLiteral("relationships_not_allowed")
                                   << QJsonArray {QStringLiteral("body"), QStringLiteral("relationships")};
    QTest::newRow("two match keys") << QByteArray(
        R"({"match":{"primary_email":"a@b.example","contact_emails":"a@b.example"},"attributes":{"title":"x"}})")
                                    << QStringLiteral("match_key_count")
                                    << QJsonArray {QStringLiteral("body"), QStringLiteral("match")};
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("model_attributes_type")
                                   << QJsonArray {QStringLiteral("body")};
}

void TestSandbox::structuralRulesAnswerWithDetail()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QJsonArray, loc);
    const HttpResult r = assertContact(body);
    QCOMPARE(r.status, 422);
    const QJsonObject first = r.json().value(QStringLiteral("detail")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), type);
    QCOMPARE(first.value(QStringLiteral("loc")).toArray(), loc);
    QVERIFY(!first.value(QStringLiteral("msg")).toString().isEmpty());
    QCOMPARE(m_server->contactCount(), 0);
}

void TestSandbox::domainErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *attributes, const char *code, const char *field) {
        QTest::newRow(name) << (QByteArray(R"({"match":{"primary_email":"a@b.example"},"attributes":)") + attributes
                                + "}")
                            << QString::fromLatin1(code) << QString::fromLatin1(field);
    };
    row("unknown field", R"({"nickname":"x"})", "unknown_field", "attributes.nickname");
    row("display_name", R"({"display_name":"x"})", "field_not_creatable", "attributes.display_name");
    row("system field", R"({"updated_at":"2020-01-01T00:00:00Z"})", "field_not_creatable", "attributes.updated_at");
    row("bad boolean", R"({"sms_consent":"yes"})", "field_value_invalid", "attributes.sms_consent");
    row("bad email row", R"({"contact_emails":[{"email":"nope","is_primary":true}]})", "field_value_invalid",
        "attributes.contact_emails[0].email");
    row("unknown stage", R"({"stage":"lost"})", "field_value_invalid", "attributes.stage");
    row("unknown owner", R"({"owner_user_id":"00000000-0000-4000-8000-000000000000"})", "target_record_not_found",
        "attributes.owner_user_id");
    row("owner by unknown email", R"({"owner_user_id":{"related_record_match":{"email":"who@x.example"}}})",
        "target_record_not_found", "attributes.owner_user_id");
    QTest::newRow("match on a name") << QByteArray(R"({"match":{"first_name":"Ann"},"attributes":{"title":"x"}})")
                                     << QStringLiteral("invalid_matching_field") << QStringLiteral("match.first_name");
}

void TestSandbox::domainErrorsNameTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult r = assertContact(body);
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_server->contactCount(), 0);
}

void TestSandbox::badBodiesAndMediaTypes()
{
    const HttpResult malformed = assertContact("{\"match\":");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_json"));
    const HttpResult text = m_client->post(QStringLiteral("/contact/_assert"), "{}", {}, "text/plain");
    QCOMPARE(text.status, 415);
    QCOMPARE(text.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("unsupported_media_type"));
    QCOMPARE(m_client->get(QStringLiteral("/contact/_assert")).status, 405);
    QCOMPARE(m_client->get(QStringLiteral("/nothing/here")).status, 404);
}

void TestSandbox::anEmailBelongsToOneContact()
{
    QCOMPARE(
        assertContact(assertBody(QStringLiteral("one@x.example"), {{QStringLiteral("title"), QStringLiteral("a")}}))
            .status,
        201);
    const HttpResult clash = assertContact(assertBody(
        QStringLiteral("two@x.example"), {{QStringLiteral("primary_email"), QStringLiteral("one@x.example")}},
        QStringLiteral("contact_emails")));
    QCOMPARE(clash.status, 422);
    QCOMPARE(m_server->contactCount(), 1);
}

void TestSandbox::readsOneContact()
{
    const HttpResult created
        = assertContact(assertBody(QStringLiteral("read@x.example"), {{QStringLiteral("title"), QStringLiteral("t")}}));
    const QString id = created.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    const HttpResult read = m_client->get(QStringLiteral("/contact/") + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QStringLiteral("data")).toObject(),
             created.json().value(QStringLiteral("data")).toObject());
    const HttpResult missing = m_client->get(QStringLiteral("/contact/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("record_not_found"));
}

void TestSandbox::queriesFilterAndPage()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(assertContact(assertBody(QStringLiteral("person%1@%2.example")
                                              .arg(i)
                                              .arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even")),
                                          {{QStringLiteral("first_name"),
                                            i < 3 ? QStringLiteral("Maria") : QStringLiteral("Mark")}}))
                     .status,
                 201);
    const auto query = [&](const QJsonArray &filters, int limit = 25, const QString &cursor = {}) {
        QJsonObject body {{QStringLiteral("filters"), filters}, {QStringLiteral("limit"), limit}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), cursor);
        return m_client->post(QStringLiteral("/contact/_query"), QJsonDocument(body).toJson());
    };
    const auto filter = [](const char *field, const char *op, const QJsonValue &v) {
        return QJsonObject {{QStringLiteral("field"), QString::fromLatin1(field)},
                            {QStringLiteral("operator"), QString::fromLatin1(op)},
                            {QStringLiteral("value"), v}};
    };
    const auto count = [](const HttpResult &r) { return r.json().value(QStringLiteral("data")).toArray().size(); };
    QCOMPARE(count(query({filter("contact_emails", "eq", QStringLiteral("PERSON3@odd.example"))})), 1);
    QCOMPARE(count(query({filter("email", "ends_with", QStringLiteral("@odd.example"))})), 3);
    QCOMPARE(count(query({filter("first_name", "starts_with", QStringLiteral("mar"))})), 7);
    QCOMPARE(count(query({filter("first_name", "eq", QStringLiteral("Maria"))})), 3);
    QCOMPARE(count(query({filter("first_name", "in", QJsonArray {QStringLiteral("Maria"), QStringLiteral("Zed")})})),
             3);
    QCOMPARE(count(query({filter("email", "contains", QStringLiteral("even")),
                          filter("first_name", "eq", QStringLiteral("Mark"))})),
             2);
    QCOMPARE(count(query({filter("title", "not_exists", QJsonValue())})), 7);

    // Paging with a cursor visits every contact once.
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult page = query({}, 3, cursor);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &c : page.json().value(QStringLiteral("data")).toArray())
            seen.insert(c.toObject().value(QStringLiteral("id")).toString());
        cursor = page.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 7);

    const HttpResult badOp = query({filter("email", "like", QStringLiteral("x"))});
    QCOMPARE(badOp.status, 422);
    QCOMPARE(badOp.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("filters[0].operator"));
    QCOMPARE(query({}, 0).status, 422);
    QCOMPARE(query({}, 5, QStringLiteral("bogus")).status, 422);
}

void TestSandbox::concurrentAssertsForOneNewEmailMakeOneContact()
{
    const QByteArray body
        = assertBody(QStringLiteral("race@x.example"), {{QStringLiteral("title"), QStringLiteral("r")}});
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << m_client->startPost(QStringLiteral("/contact/_assert"), body, {{"X-Sandbox-Fault", "delay=100"}});
    QList<int> statuses;
    for (QNetworkReply *r : replies)
        statuses << HttpClient::wait(r).status;
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> {200, 200, 200, 201}));
    QCOMPARE(m_server->contactCount(), 1);
}

QTEST_GUILESS_MAIN(TestSandbox)
