#include "tst_revertbuilder.h"

#include "revertbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AssertDesk::Contract;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QByteArray kSent = R"({"match": {"primary_email": "sarah@mail.example"},
  "attributes": {"title": "VP", "department": null, "middle_name": "Q", "first_name": "Sarah", "stage": "working",
                 "contact_emails": [{"email": "sarah@mail.example", "is_primary": true, "labels": []}]}})";

const QJsonObject kBefore = json(R"({"id": "c-1", "attributes": {
  "first_name": {"value": "Sarah", "value_type": "string"},
  "title": {"value": "CTO", "value_type": "string"},
  "department": {"value": "Sales", "value_type": "string"},
  "middle_name": {"value": null, "value_type": "string"},
  "stage": {"value": {"id": "s", "api_name": "new", "display_value": "New", "color": "#000000"},
            "value_type": "contact_stage"},
  "primary_email": {"value": "sarah@acme.example", "value_type": "email"},
  "contact_emails": [
    {"value": {"id": "e1", "email": "sarah@acme.example", "is_primary": true, "labels": ["WORK"]},
     "value_type": "contact_email"},
    {"value": {"id": "e2", "email": "sarah@mail.example", "is_primary": false, "labels": []},
     "value_type": "contact_email"}]}})");

} // namespace

void TestRevertBuilder::onlyASucceededUpdateWithABeforeStateReverts_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("contactId");
    QTest::addColumn<bool>("withBefore");
    QTest::addColumn<QString>("reason");
    QTest::newRow("create") << QStringLiteral("succeeded") << QStringLiteral("created") << QStringLiteral("c-1") << true
                            << QStringLiteral("the API has no delete");
    QTest::newRow("rejected") << QStringLiteral("rejected") << QStringLiteral("") << QStringLiteral("") << true
                              << QStringLiteral("did not (rejected)");
    QTest::newRow("no before-state") << QStringLiteral("succeeded") << QStringLiteral("updated")
                                     << QStringLiteral("c-1") << false << QStringLiteral("No before-state");
    QTest::newRow("another contact") << QStringLiteral("succeeded") << QStringLiteral("updated")
                                     << QStringLiteral("c-2") << true << QStringLiteral("is not the one");
}

void TestRevertBuilder::onlyASucceededUpdateWithABeforeStateReverts()
{
    QFETCH(QString, outcome);
    QFETCH(QString, action);
    QFETCH(QString, contactId);
    QFETCH(bool, withBefore);
    QFETCH(QString, reason);
    const RevertBuilder::Result r
        = RevertBuilder::build(kSent, outcome, action, contactId, withBefore ? kBefore : QJsonObject());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY(r.body.isEmpty());
}

void TestRevertBuilder::writesBackEachChangedField()
{
    const RevertBuilder::Result r = RevertBuilder::build(kSent, QStringLiteral("succeeded"), QStringLiteral("updated"),
                                                         QStringLiteral("c-1"), kBefore);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.body.value(QStringLiteral("match")).toObject(),
             json(kSent.constData()).value(QStringLiteral("match")).toObject());
    const QJsonObject a = r.body.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(a.value(QStringLiteral("title")), QJsonValue(QStringLiteral("CTO")));
    QCOMPARE(a.value(QStringLiteral("department")), QJsonValue(QStringLiteral("Sales")));
    QVERIFY(a.value(QStringLiteral("middle_name")).isNull()); // empty before: cleared again
    QVERIFY(a.contains(QStringLiteral("middle_name")));
    QCOMPARE(a.value(QStringLiteral("stage")), QJsonValue(QStringLiteral("new"))); // written as its api_name
    QVERIFY(!a.contains(QStringLiteral("first_name")));                            // it did not change
    const QJsonArray rows = a.value(QStringLiteral("contact_emails")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject(), json(R"({"email": "sarah@acme.example", "is_primary": true, "labels": ["WORK"]})"));
    QCOMPARE(r.fields.size(), 5);
}

void TestRevertBuilder::aPrimaryEmailTakesItsListBack()
{
    const QByteArray sent = R"({"match": {"primary_email": "sarah@mail.example"},
                                "attributes": {"primary_email": "new@x.example"}})";
    const RevertBuilder::Result r = RevertBuilder::build(sent, QStringLiteral("succeeded"), QStringLiteral("updated"),
                                                         QStringLiteral("c-1"), kBefore);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.fields, (QStringList {QStringLiteral("primary_email"), QStringLiteral("contact_emails")}));
    // Matched on contact_emails, the list cannot be written too (a field in both blocks).
    const QByteArray byList = R"({"match": {"contact_emails": "sarah@mail.example"},
                                  "attributes": {"primary_email": "new@x.example"}})";
    QCOMPARE(RevertBuilder::build(byList, QStringLiteral("succeeded"), QStringLiteral("updated"), QStringLiteral("c-1"),
                                  kBefore)
                 .fields,
             QStringList {QStringLiteral("primary_email")});
}

void TestRevertBuilder::fieldsChangedSinceAreFlaggedAndCanBeLeftOut()
{
    const RevertBuilder::Result r = RevertBuilder::build(kSent, QStringLiteral("succeeded"), QStringLiteral("updated"),
                                                         QStringLiteral("c-1"), kBefore);
    QVERIFY(r.ok());
    // What the change set, and the contact now: someone set the title again since.
    const QJsonObject after = json(R"({"title": {"value": "VP", "value_type": "string"},
      "department": {"value": null, "value_type": "string"}, "middle_name": {"value": "Q", "value_type": "string"},
      "stage": {"value": {"api_name": "working"}, "value_type": "contact_stage"},
      "contact_emails": [{"value": {"email": "sarah@mail.example", "is_primary": true, "labels": []},
                          "value_type": "contact_email"}]})");
    QJsonObject now = after;
    now.insert(QStringLiteral("title"),
               QJsonObject {{QStringLiteral("value"), QStringLiteral("Chief of Staff")},
                            {QStringLiteral("value_type"), QStringLiteral("string")}});
    QCOMPARE(RevertBuilder::changedSince(r.body, after, after), QStringList());
    // The change's answer as the history keeps it reads the same.
    const QJsonObject answer {
        {QStringLiteral("data"),
         QJsonObject {{QStringLiteral("id"), QStringLiteral("c-1")}, {QStringLiteral("attributes"), after}}}};
    QCOMPARE(RevertBuilder::changedSince(r.body, answer, now), QStringList {QStringLiteral("title")});
    const QStringList changed = RevertBuilder::changedSince(r.body, after, now);
    QCOMPARE(changed, QStringList {QStringLiteral("title")});
    const RevertBuilder::Result kept = RevertBuilder::without(r.body, changed);
    QVERIFY(kept.ok());
    QVERIFY(!kept.body.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("title")));
    QCOMPARE(kept.fields.size(), 4);
    QVERIFY(!RevertBuilder::without(r.body, r.fields).ok()); // nothing left to write
}

QTEST_APPLESS_MAIN(TestRevertBuilder)
