#include "tst_contactdiff.h"

#include "contactdiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace AssertDesk::Contract;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A record's attributes as the API answers them: every value in an envelope.
const QJsonObject kRecord = json(R"({
  "first_name": {"value": "Sarah", "value_type": "string"},
  "last_name": {"value": "Chen", "value_type": "string"},
  "display_name": {"value": "Sarah Chen", "value_type": "string"},
  "middle_name": {"value": null, "value_type": "string"},
  "title": {"value": "CTO", "value_type": "string"},
  "department": {"value": "Sales", "value_type": "string"},
  "sms_consent": {"value": false, "value_type": "boolean"},
  "stage": {"value": {"id": "s1", "display_value": "New", "api_name": "new", "color": "#6966FF"},
            "value_type": "contact_stage"},
  "owner_user_id": {"value": {"related_record_id": "aa11bb22-0000-4000-8000-000000000001",
                              "related_record_type": "user"}, "value_type": "record_reference"},
  "address": {"value": {"street_one": "1 Main St", "street_two": null, "city": "Austin", "state": "TX",
                        "country": null, "zip_code": "73301"}, "value_type": "address"},
  "primary_email": {"value": "sarah@acme.example", "value_type": "email"},
  "contact_emails": [
    {"value": {"id": "e1", "email": "sarah@acme.example", "is_primary": true, "labels": ["WORK"]},
     "value_type": "contact_email"},
    {"value": {"id": "e2", "email": "sarah@mail.example", "is_primary": false, "labels": ["PERSONAL"]},
     "value_type": "contact_email"}]
})");

const FieldChange *find(const QList<FieldChange> &changes, const QString &field)
{
    for (const FieldChange &c : changes)
        if (c.field == field)
            return &c;
    return nullptr;
}

} // namespace

// Raw and enveloped values on both sides, stages and references in their write form: each
// attribute of the request has its value before, its value after and the right kind.
void TestContactDiff::everyAttributeWithItsKind()
{
    const QJsonObject request = json(R"({
      "first_name": "Sarah",
      "title": {"value_type": "string", "value": "VP of Engineering"},
      "department": null,
      "middle_name": "Q",
      "stage": "working",
      "owner_user_id": "AA11BB22-0000-4000-8000-000000000001",
      "sms_consent": false,
      "address": {"street_one": "1 Main St", "city": "Austin", "state": "TX", "zip_code": "73301"}
    })");
    const QList<FieldChange> changes = ContactDiff::compare(request, kRecord);
    const auto kind = [&](const char *field) {
        const FieldChange *c = find(changes, QLatin1String(field));
        return c ? c->kindName() : QStringLiteral("missing");
    };
    QCOMPARE(kind("first_name"), QStringLiteral("same"));
    QCOMPARE(kind("title"), QStringLiteral("change"));
    QCOMPARE(find(changes, QStringLiteral("title"))->before, QJsonValue(QStringLiteral("CTO")));
    QCOMPARE(find(changes, QStringLiteral("title"))->after, QJsonValue(QStringLiteral("VP of Engineering")));
    QCOMPARE(kind("department"), QStringLiteral("clear"));
    QCOMPARE(find(changes, QStringLiteral("department"))->before, QJsonValue(QStringLiteral("Sales")));
    QCOMPARE(kind("middle_name"), QStringLiteral("set"));
    QCOMPARE(kind("stage"), QStringLiteral("change"));
    QCOMPARE(find(changes, QStringLiteral("stage"))->before, QJsonValue(QStringLiteral("new")));
    QCOMPARE(kind("owner_user_id"), QStringLiteral("same")); // an id compares without regard to case
    QCOMPARE(kind("sms_consent"), QStringLiteral("same"));
    QCOMPARE(kind("address"), QStringLiteral("same")); // members left out are the empty ones
    // Nothing written changes a name, so display_name is not among them.
    QVERIFY(!find(changes, QStringLiteral("display_name")));
    QCOMPARE(changes.size(), request.size());
}

void TestContactDiff::listsCompareRowsByAddress()
{
    const QJsonObject replace = json(R"({"contact_emails": [
      {"email": "  SARAH@acme.example ", "is_primary": true, "labels": ["WORK"]},
      {"email": "s.chen@new.example", "is_primary": false, "labels": ["WORK"]}]})");
    const QList<FieldChange> changes = ContactDiff::compare(replace, kRecord);
    const FieldChange *emails = find(changes, QStringLiteral("contact_emails"));
    QVERIFY(emails);
    QCOMPARE(emails->kindName(), QStringLiteral("replace"));
    QCOMPARE(emails->added.size(), 1);
    QCOMPARE(emails->added.at(0).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("s.chen@new.example"));
    QCOMPARE(emails->removed.size(), 1);
    QCOMPARE(emails->removed.at(0).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("sarah@mail.example"));
    // The primary row stays the same address: primary_email does not change.
    QVERIFY(!find(changes, QStringLiteral("primary_email")));

    // The same rows in another order, without ids and in envelopes: nothing changes.
    const QJsonObject same = json(R"({"contact_emails": [
      {"value_type": "contact_email", "value": {"email": "sarah@mail.example", "is_primary": false,
                                                "labels": ["PERSONAL"]}},
      {"email": "Sarah@Acme.example", "is_primary": true, "labels": ["WORK"]}]})");
    const QList<FieldChange> none = ContactDiff::compare(same, kRecord);
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().kindName(), QStringLiteral("same"));
}

void TestContactDiff::sideEffectsTheContractStates()
{
    // A last name changes the display name.
    const QList<FieldChange> renamed = ContactDiff::compare(json(R"({"last_name": "Chen-Wu"})"), kRecord);
    const FieldChange *display = find(renamed, QStringLiteral("display_name"));
    QVERIFY(display);
    QVERIFY(display->derived);
    QCOMPARE(display->after, QJsonValue(QStringLiteral("Sarah Chen-Wu")));

    // A new primary row in contact_emails changes primary_email.
    const QList<FieldChange> moved = ContactDiff::compare(json(R"({"contact_emails": [
      {"email": "sarah@acme.example", "is_primary": false, "labels": []},
      {"email": "sarah@mail.example", "is_primary": true, "labels": []}]})"),
                                                          kRecord);
    const FieldChange *primary = find(moved, QStringLiteral("primary_email"));
    QVERIFY(primary);
    QVERIFY(primary->derived);
    QCOMPARE(primary->kindName(), QStringLiteral("change"));
    QCOMPARE(primary->after, QJsonValue(QStringLiteral("sarah@mail.example")));

    // A new primary_email is one of contact_emails: the list gains its row.
    const QList<FieldChange> added = ContactDiff::compare(json(R"({"primary_email": "chen@third.example"})"), kRecord);
    const FieldChange *list = find(added, QStringLiteral("contact_emails"));
    QVERIFY(list);
    QVERIFY(list->derived);
    QCOMPARE(list->added.size(), 1);
    QCOMPARE(list->removed.size(), 0);
    QCOMPARE(list->added.at(0).toObject().value(QStringLiteral("is_primary")).toBool(), true);
}

void TestContactDiff::aCreateSetsTheFieldsAndTheMatchAddress()
{
    const QList<FieldChange> changes = ContactDiff::compare(json(R"({"first_name": "Nia", "title": null})"), {},
                                                            QStringLiteral("nia@x.example"), true);
    QCOMPARE(find(changes, QStringLiteral("first_name"))->kindName(), QStringLiteral("set"));
    QCOMPARE(find(changes, QStringLiteral("title"))->kindName(), QStringLiteral("same")); // null on nothing
    QCOMPARE(find(changes, QStringLiteral("display_name"))->after, QJsonValue(QStringLiteral("Nia")));
    QCOMPARE(find(changes, QStringLiteral("primary_email"))->after, QJsonValue(QStringLiteral("nia@x.example")));
    const FieldChange *emails = find(changes, QStringLiteral("contact_emails"));
    QVERIFY(emails);
    QCOMPARE(emails->kindName(), QStringLiteral("set"));
    QCOMPARE(emails->added.size(), 1);
}

void TestContactDiff::summaryCountsWhatChanges()
{
    const QList<FieldChange> changes = ContactDiff::compare(
        json(R"({"first_name": "Sarah", "title": "VP", "department": null, "middle_name": "Q"})"), kRecord);
    QCOMPARE(ContactDiff::summary(changes),
             QStringLiteral("3 field(s) change: 1 set, 1 changed, 1 cleared; 1 unchanged."));
    QCOMPARE(ContactDiff::summary(ContactDiff::compare(json(R"({"first_name": "Sarah"})"), kRecord)),
             QStringLiteral("Nothing changes: every field written already has that value."));
    const QJsonObject row = ContactDiff::toJson(changes).at(1).toObject();
    QCOMPARE(row.value(QStringLiteral("field")).toString(), QStringLiteral("first_name"));
}

QTEST_APPLESS_MAIN(TestContactDiff)
