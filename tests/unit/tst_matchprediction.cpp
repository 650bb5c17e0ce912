#include "tst_matchprediction.h"

#include "matchprediction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AssertDesk::Contract;

namespace {

const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);

QByteArray contact(const char *id, const char *name, const char *email, const char *second = "other@x.example")
{
    return QStringLiteral(R"({"id": "%1", "record_type": "contact", "attributes": {
        "display_name": {"value": "%2", "value_type": "string"},
        "contact_emails": [{"value": {"id": "r1", "email": "%3", "is_primary": true, "labels": []},
                            "value_type": "contact_email"},
                           {"value": {"id": "r2", "email": "%4", "is_primary": false, "labels": []},
                            "value_type": "contact_email"}]}})")
        .arg(QLatin1String(id), QLatin1String(name), QLatin1String(email), QLatin1String(second))
        .toUtf8();
}

QByteArray page(const QList<QByteArray> &contacts, const char *next = "null")
{
    QByteArray out = "{\"data\": [";
    for (qsizetype i = 0; i < contacts.size(); ++i)
        out += (i ? "," : "") + contacts.at(i);
    return out + "], \"meta\": {\"next_cursor\": " + next + "}}";
}

} // namespace

void TestMatchPrediction::noContactMeansCreate()
{
    const MatchPrediction p = MatchPrediction::fromQueryAnswer(page({}), QStringLiteral("new@x.example"), kAt);
    QCOMPARE(p.kind(), MatchPrediction::Kind::Create);
    QCOMPARE(p.sentence(), QStringLiteral("Will create a new contact."));
    QCOMPARE(p.readAt(), kAt);
    const QJsonObject query
        = QJsonDocument::fromJson(MatchPrediction::queryBody(QStringLiteral(" A@x.example "))).object();
    const QJsonObject filter = query.value(QStringLiteral("filters")).toArray().at(0).toObject();
    QCOMPARE(filter.value(QStringLiteral("field")).toString(), QStringLiteral("contact_emails"));
    QCOMPARE(filter.value(QStringLiteral("operator")).toString(), QStringLiteral("eq"));
    QCOMPARE(filter.value(QStringLiteral("value")).toString(), QStringLiteral("A@x.example"));
}

void TestMatchPrediction::oneContactMeansUpdateOfIt()
{
    // Matched on the second address, typed in another case: the stored address is named.
    const MatchPrediction p = MatchPrediction::fromQueryAnswer(
        page({contact("c-1", "Sarah Chen", "sarah@acme.example", "Sarah.Chen@Mail.example")}),
        QStringLiteral(" sarah.chen@mail.EXAMPLE "), kAt);
    QCOMPARE(p.kind(), MatchPrediction::Kind::Update);
    QCOMPARE(p.contactId(), QStringLiteral("c-1"));
    QCOMPARE(p.contactName(), QStringLiteral("Sarah Chen"));
    QCOMPARE(p.matchedOn(), QStringLiteral("Sarah.Chen@Mail.example"));
    QCOMPARE(p.sentence(),
             QStringLiteral("Will update Sarah Chen (c-1), matched on contact_emails = Sarah.Chen@Mail.example."));
    QVERIFY(p.recordHolds({QStringLiteral("contact_emails"), QStringLiteral("display_name")}));
    QVERIFY(!p.recordHolds({QStringLiteral("title")})); // then it is read whole
}

void TestMatchPrediction::severalContactsAreAmbiguous()
{
    const MatchPrediction two = MatchPrediction::fromQueryAnswer(
        page({contact("c-1", "Ann", "shared@x.example"), contact("c-2", "Bob", "SHARED@x.example")}),
        QStringLiteral("shared@x.example"), kAt);
    QCOMPARE(two.kind(), MatchPrediction::Kind::Ambiguous);
    QCOMPARE(two.candidates().size(), 2);
    QCOMPARE(two.sentence(), QStringLiteral("Ambiguous: 2 contacts have this address: Ann (c-1), Bob (c-2)."));
    // One on this page and more on the next is not one.
    const MatchPrediction paged = MatchPrediction::fromQueryAnswer(
        page({contact("c-1", "Ann", "shared@x.example")}, "\"abc\""), QStringLiteral("shared@x.example"), kAt);
    QCOMPARE(paged.kind(), MatchPrediction::Kind::Ambiguous);
}

void TestMatchPrediction::anAnswerOfUnknownShapeIsUnknown_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html>busy</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a list") << QByteArray("[]");
    QTest::newRow("data is an object") << QByteArray(R"({"data": {"id": "c-1"}})");
    QTest::newRow("no data") << QByteArray(R"({"results": []})");
    QTest::newRow("a number for a contact") << QByteArray(R"({"data": [1]})");
    QTest::newRow("no id") << QByteArray(R"({"data": [{"attributes": {}}]})");
    QTest::newRow("a numeric id") << QByteArray(R"({"data": [{"id": 7}]})");
    QTest::newRow("attributes a list") << QByteArray(R"({"data": [{"id": "c", "attributes": []}]})");
}

void TestMatchPrediction::anAnswerOfUnknownShapeIsUnknown()
{
    QFETCH(QByteArray, body);
    const MatchPrediction p = MatchPrediction::fromQueryAnswer(body, QStringLiteral("a@x.example"), kAt);
    QCOMPARE(p.kind(), MatchPrediction::Kind::Unknown);
    QCOMPARE(p.why(), MatchPrediction::Why::BadAnswer);
    QVERIFY(p.sentence().startsWith(QStringLiteral("Preview unavailable: ")));
    QVERIFY(!p.isMade());
}

void TestMatchPrediction::aContactWithoutTheAddressIsNoCandidate()
{
    // A server that ignored the filter and listed everyone must not make an update up.
    const MatchPrediction p = MatchPrediction::fromQueryAnswer(
        page({contact("c-1", "Ann", "ann@x.example"), contact("c-2", "Bob", "bob@x.example")}),
        QStringLiteral("carol@x.example"), kAt);
    QCOMPARE(p.kind(), MatchPrediction::Kind::Create);
}

void TestMatchPrediction::surpriseWhenTheOutcomeDiffers()
{
    const MatchPrediction create = MatchPrediction::fromQueryAnswer(page({}), QStringLiteral("a@x.example"), kAt);
    QCOMPARE(create.surpriseFor(QStringLiteral("created"), QStringLiteral("n-1")), QString());
    QCOMPARE(create.surpriseFor(QStringLiteral("updated"), QStringLiteral("c-9")),
             QStringLiteral("predicted a new contact, but it updated c-9"));
    const MatchPrediction update = MatchPrediction::fromQueryAnswer(page({contact("c-1", "Ann", "a@x.example")}),
                                                                    QStringLiteral("a@x.example"), kAt);
    QCOMPARE(update.surpriseFor(QStringLiteral("updated"), QStringLiteral("c-1")), QString());
    QCOMPARE(update.surpriseFor(QStringLiteral("created"), QStringLiteral("n-2")),
             QStringLiteral("predicted an update of Ann (c-1), but it created a new contact n-2"));
    QCOMPARE(update.surpriseFor(QStringLiteral("updated"), QStringLiteral("c-2")),
             QStringLiteral("predicted an update of Ann (c-1), but it updated another contact, c-2"));
    QCOMPARE(update.surpriseFor(QString(), QStringLiteral("c-2")), QString()); // no outcome to compare
    const MatchPrediction unknown = MatchPrediction::unknown(MatchPrediction::Why::Timeout, QStringLiteral("slow"));
    QCOMPARE(unknown.surpriseFor(QStringLiteral("created"), QStringLiteral("n-3")), QString());

    SendResult answered;
    answered.outcome = Outcome::Succeeded;
    answered.httpStatus = 201;
    answered.body = R"({"data": {"id": "n-4", "attributes": {}}, "meta": {"action": "created", "matched_on": {}}})";
    QCOMPARE(update.surpriseIn(answered),
             QStringLiteral("predicted an update of Ann (c-1), but it created a new contact n-4"));
    answered.outcome = Outcome::Unknown;
    QCOMPARE(update.surpriseIn(answered), QString());
}

void TestMatchPrediction::keptAndReadBack()
{
    const MatchPrediction update = MatchPrediction::fromQueryAnswer(page({contact("c-1", "Ann", "a@x.example")}),
                                                                    QStringLiteral("A@x.example"), kAt);
    const MatchPrediction back = MatchPrediction::fromJson(update.toJson());
    QCOMPARE(back.kind(), MatchPrediction::Kind::Update);
    QCOMPARE(back.contactId(), QStringLiteral("c-1"));
    QCOMPARE(back.sentence(), update.sentence());
    QCOMPARE(back.readAt(), kAt);
    QCOMPARE(back.surpriseFor(QStringLiteral("updated"), QStringLiteral("c-2")),
             update.surpriseFor(QStringLiteral("updated"), QStringLiteral("c-2")));
    QCOMPARE(MatchPrediction::fromJson({}).kind(), MatchPrediction::Kind::Unknown);
    const MatchPrediction timeout = MatchPrediction::fromJson(
        MatchPrediction::unknown(MatchPrediction::Why::Timeout, QStringLiteral("slow"), kAt).toJson());
    QCOMPARE(timeout.why(), MatchPrediction::Why::Timeout);
    QCOMPARE(timeout.sentence(), QStringLiteral("Preview unavailable: slow"));
}

QTEST_APPLESS_MAIN(TestMatchPrediction)
