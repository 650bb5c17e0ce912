#include "tst_apierror.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QTest>

using namespace AssertDesk::Contract;

void TestApiError::everyDocumentedShape_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QStringList>("pointers");
    QTest::newRow("invalid json 400") << 400
                                      << QByteArray(
                                             R"({"error":{"code":"invalid_json","message":"Expecting value at 1:12"}})")
                                      << QStringLiteral("invalid_json") << QStringLiteral("Expecting value")
                                      << QStringList();
    QTest::newRow("wrong media type 415")
        << 415 << QByteArray(R"({"error":{"code":"unsupported_media_type","message":"Use application/json"}})")
        << QStringLiteral("unsupported_media_type") << QStringLiteral("application/json") << QStringList();
    QTest::newRow("not authenticated 401")
        << 401 << QByteArray(R"({"detail":"Not authenticated"})") << QStringLiteral("unauthenticated")
        << QStringLiteral("Not authenticated") << QStringList();
    QTest::newRow("permission 403")
        << 403
        << QByteArray(
               R"({"error":{"code":"permission_denied","message":"Key cannot write contacts","missing_permissions":["contacts:write"]}})")
        << QStringLiteral("permission_denied") << QStringLiteral("cannot write") << QStringList();
    QTest::newRow("structural 422")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","attributes","primary_email"],"msg":"match key in attributes","type":"value_error.conflict"}]})")
        << QStringLiteral("value_error.conflict") << QStringLiteral("match key in attributes")
        << QStringList {QStringLiteral("/attributes/primary_email")};
    QTest::newRow("structural 422 with index")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","attributes","contact_emails",1,"email"],"msg":"bad","type":"value_error"},{"loc":["body","relationships"],"msg":"extra","type":"extra_forbidden"}]})")
        << QStringLiteral("value_error") << QStringLiteral("bad")
        << QStringList {QStringLiteral("/attributes/contact_emails/1/email"), QStringLiteral("/relationships")};
    QTest::newRow("domain 422")
        << 422
        << QByteArray(
               R"({"error":{"code":"unknown_field","message":"nickname is not a field","field":"attributes.nickname"}})")
        << QStringLiteral("unknown_field") << QStringLiteral("nickname is not a field")
        << QStringList {QStringLiteral("/attributes/nickname")};
    QTest::newRow("rate limited 429") << 429 << QByteArray(R"({"error":{"code":"rate_limited","message":"Slow down"}})")
                                      << QStringLiteral("rate_limited") << QStringLiteral("Slow down") << QStringList();
    QTest::newRow("other json") << 500 << QByteArray(R"({"oops":true})") << QStringLiteral("server_error")
                                << QStringLiteral("{\"oops\":true}") << QStringList();
    QTest::newRow("json:api errors")
        << 422
        << QByteArray(
               R"({"errors":[{"code":"field_value_invalid","message":"bad phone","field":"attributes.primary_phone_number"}]})")
        << QStringLiteral("field_value_invalid") << QStringLiteral("bad phone")
        << QStringList {QStringLiteral("/attributes/primary_phone_number")};
    QTest::newRow("top-level array") << 502 << QByteArray("[1,2,3]") << QStringLiteral("server_error")
                                     << QStringLiteral("[1,2,3]") << QStringList();
    QTest::newRow("html") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                          << QStringLiteral("server_error") << QStringLiteral("502 Bad Gateway") << QStringList();
    QTest::newRow("empty") << 503 << QByteArray() << QStringLiteral("server_error") << QStringLiteral("no body")
                           << QStringList();
    QTest::newRow("binary") << 400 << QByteArray("\x00\x01\xff\xfe garbage", 13) << QStringLiteral("bad_request")
                            << QStringLiteral("non-JSON") << QStringList();
}

void TestApiError::everyDocumentedShape()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(QStringList, pointers);
    const ApiError e = ApiError::parse(status, body);
    QCOMPARE(e.status(), status);
    QCOMPARE(e.code(), code);
    QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
    QStringList got;
    for (const auto &f : e.fields())
        got << f.pointer;
    QCOMPARE(got, pointers);
    QCOMPARE(e.raw(), body);
    QVERIFY(e.summary().startsWith(QString::number(status) + QLatin1Char(' ') + code));
}

void TestApiError::missingPermissionsAreRead()
{
    const ApiError e = ApiError::parse(
        403, R"({"error":{"code":"permission_denied","message":"x","missing_permissions":["contacts:write"]}})");
    QCOMPARE(e.missingPermissions(), QStringList {QStringLiteral("contacts:write")});
}

void TestApiError::bareFieldNamesPointIntoTheRequest()
{
    ApiError e = ApiError::parse(422, R"({"error":{"code":"unknown_field","message":"x","field":"nickname"}})");
    QCOMPARE(e.fields().first().pointer, QStringLiteral("/nickname"));
    e.resolveAgainst(
        QJsonDocument::fromJson(R"({"match":{"primary_email":"a@b.example"},"attributes":{"nickname":"S"}})").object());
    QCOMPARE(e.fields().first().pointer, QStringLiteral("/attributes/nickname"));

    ApiError m
        = ApiError::parse(422, R"({"error":{"code":"invalid_matching_field","message":"x","field":"primary_email"}})");
    m.resolveAgainst(
        QJsonDocument::fromJson(R"({"match":{"primary_email":"a@b.example"},"attributes":{"title":"S"}})").object());
    QCOMPARE(m.fields().first().pointer, QStringLiteral("/match/primary_email"));
}

// A "loc" index no array can have (found by fuzz_error: a cast of 1e67 was undefined behaviour).
void TestApiError::locationIndexesAreKeptAsWritten()
{
    const ApiError e = ApiError::parse(
        422,
        R"({"detail":[{"loc":["body","attributes","contact_emails",1,"email"],"msg":"bad","type":"value_error"},)"
        R"({"loc":["body","attributes",1e67],"msg":"odd","type":"value_error"},)"
        R"({"loc":["body","attributes",-1],"msg":"odd","type":"value_error"}]})");
    QCOMPARE(e.fields().size(), 3);
    QCOMPARE(e.fields().at(0).pointer, QStringLiteral("/attributes/contact_emails/1/email"));
    QCOMPARE(e.fields().at(1).pointer, QStringLiteral("/attributes/1e+67"));
    QCOMPARE(e.fields().at(2).pointer, QStringLiteral("/attributes/-1"));
}

void TestApiError::longTextBodiesAreCutForDisplayButKeptWhole()
{
    const QByteArray body(100000, 'x');
    const ApiError e = ApiError::parse(500, body);
    QVERIFY(e.message().size() < 400);
    QCOMPARE(e.raw().size(), body.size());
}

QTEST_GUILESS_MAIN(TestApiError)
