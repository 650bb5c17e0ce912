#include "tst_fieldcatalogue.h"

#include "fieldcatalogue.h"

#include <QTest>

using namespace AssertDesk::Contract;

void TestFieldCatalogue::builtInIsTheContractsCreateSurface()
{
    const FieldCatalogue c = FieldCatalogue::builtIn();
    QCOMPARE(c.writableFields().size(), 18);
    QCOMPARE(c.matchKeys(), (QStringList {QStringLiteral("primary_email"), QStringLiteral("contact_emails")}));
    QCOMPARE(c.field(QStringLiteral("sms_consent"))->shape, WriteShape::Boolean);
    QCOMPARE(c.field(QStringLiteral("contact_phone_numbers"))->shape, WriteShape::ContactPhoneNumbers);
    QCOMPARE(c.field(QStringLiteral("owner_team_id"))->valueType, QStringLiteral("record_reference"));
    QVERIFY(c.field(QStringLiteral("contact_emails"))->isArray);
    QVERIFY(!c.field(QStringLiteral("display_name")));
    QVERIFY(c.isReadOnly(QStringLiteral("display_name")));
    QVERIFY(c.isReadOnly(QStringLiteral("last_outbound_global_thread_at")));
    QVERIFY(!c.isReadOnly(QStringLiteral("first_name")));
    QVERIFY(!c.isAuthoritative());
}

void TestFieldCatalogue::schemaAsListAddsCustomFields()
{
    FieldCatalogue c = FieldCatalogue::builtIn();
    QString error;
    const QByteArray schema = R"({"data":{"attributes":[
        {"name":"loyalty_tier","display_name":"Loyalty tier","is_creatable":true,"is_updatable":true,"is_unique":false,"type_info":{"is_array":false,"value_type":"string"}},
        {"name":"backup_email","is_creatable":true,"is_updatable":true,"is_unique":true,"type_info":{"is_array":false,"value_type":"email"}},
        {"name":"health_score","is_creatable":false,"is_updatable":false,"type_info":{"is_array":false,"value_type":"number"}},
        {"name":"title","is_creatable":true,"is_updatable":false,"type_info":{"is_array":false,"value_type":"string"}}]}})";
    QVERIFY2(c.mergeSchema(schema, &error), qPrintable(error));
    QVERIFY(c.isAuthoritative());
    const FieldSpec *tier = c.field(QStringLiteral("loyalty_tier"));
    QVERIFY(tier);
    QVERIFY(tier->custom);
    QCOMPARE(tier->label, QStringLiteral("Loyalty tier"));
    QCOMPARE(tier->shape, WriteShape::Text);
    QVERIFY(c.field(QStringLiteral("backup_email"))->matchKey);
    QCOMPARE(c.field(QStringLiteral("backup_email"))->shape, WriteShape::Email);
    QVERIFY(!c.field(QStringLiteral("health_score")));
    QVERIFY(c.isReadOnly(QStringLiteral("health_score")));
    QVERIFY(!c.field(QStringLiteral("title"))->updatable);
    QVERIFY(!c.field(QStringLiteral("title"))->custom);
    // Built-in fields the schema did not mention are kept.
    QVERIFY(c.field(QStringLiteral("contact_emails")));
}

void TestFieldCatalogue::schemaAsObjectKeyedByName()
{
    FieldCatalogue c = FieldCatalogue::builtIn();
    QString error;
    QVERIFY(c.mergeSchema(
        R"({"attributes":{"renewal_date":{"is_creatable":true,"is_updatable":true,"type_info":{"value_type":"date"}}}})",
        &error));
    QCOMPARE(c.field(QStringLiteral("renewal_date"))->shape, WriteShape::Any);
    QCOMPARE(c.field(QStringLiteral("renewal_date"))->valueType, QStringLiteral("date"));
}

void TestFieldCatalogue::unreadableSchemaLeavesCatalogueAlone_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::newRow("not json") << QByteArray("<html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no attributes") << QByteArray(R"({"data":{}})");
    QTest::newRow("empty list") << QByteArray(R"({"attributes":[]})");
}

void TestFieldCatalogue::unreadableSchemaLeavesCatalogueAlone()
{
    QFETCH(QByteArray, schema);
    FieldCatalogue c = FieldCatalogue::builtIn();
    QString error;
    QVERIFY(!c.mergeSchema(schema, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!c.isAuthoritative());
    QCOMPARE(c.fields().size(), FieldCatalogue::builtIn().fields().size());
}

QTEST_GUILESS_MAIN(TestFieldCatalogue)
