#include "tst_jsonscan.h"

#include "jsonpointer.h"
#include "jsonscan.h"

#include <QJsonArray>
#include <QTest>

using namespace AssertDesk::Contract;

void TestJsonScan::findsDuplicateKeysWhereTheyAre()
{
    const auto r = JsonScan::scan(R"({"a":1,"b":{"x":[{"k":1,"k":2}],"x":3},"a":{}})");
    QVERIFY(r.complete);
    QCOMPARE(r.duplicateKeys.size(), 3);
    QCOMPARE(r.duplicateKeys.at(0).objectPointer, QStringLiteral("/b/x/0"));
    QCOMPARE(r.duplicateKeys.at(0).key, QStringLiteral("k"));
    QCOMPARE(r.duplicateKeys.at(1).objectPointer, QStringLiteral("/b"));
    QCOMPARE(r.duplicateKeys.at(2).objectPointer, QString());
    QCOMPARE(r.duplicateKeys.at(2).key, QStringLiteral("a"));
}

void TestJsonScan::escapedKeysAreComparedDecoded()
{
    const auto r = JsonScan::scan(R"({"a\u0062":1,"ab":2,"x/y":{"q":1,"q":2}})");
    QCOMPARE(r.duplicateKeys.size(), 2);
    QCOMPARE(r.duplicateKeys.at(0).key, QStringLiteral("ab"));
    QCOMPARE(r.duplicateKeys.at(1).objectPointer, QStringLiteral("/x~1y"));
}

void TestJsonScan::findsNumbersADoubleCannotHold()
{
    const auto r = JsonScan::scan(
        R"({"big":12345678901234567890,"safe":9007199254740992,"small":42,"neg":-98765432109876543210,"list":[1,2.5,123456789012345678]})");
    QCOMPARE(r.inexactNumbers.size(), 3);
    QCOMPARE(r.inexactNumbers.value(QStringLiteral("/big")), QByteArray("12345678901234567890"));
    QCOMPARE(r.inexactNumbers.value(QStringLiteral("/neg")), QByteArray("-98765432109876543210"));
    QCOMPARE(r.inexactNumbers.value(QStringLiteral("/list/2")), QByteArray("123456789012345678"));
    QVERIFY(!r.inexactNumbers.contains(QStringLiteral("/safe")));
}

void TestJsonScan::stringsWithStructureInsideAreNotStructure()
{
    const auto r = JsonScan::scan(R"({"s":"{\"a\":1,\"a\":2}","t":"]}"})");
    QVERIFY(r.complete);
    QVERIFY(r.duplicateKeys.isEmpty());
}

void TestJsonScan::brokenTextEndsTheScanCleanly()
{
    QVERIFY(!JsonScan::scan(R"({"a":"unterminated)").complete);
    QVERIFY(!JsonScan::scan("]]]").complete);
    QVERIFY(!JsonScan::scan("{\"a\" 1}").complete);
    const auto deep = JsonScan::scan(QByteArray(100000, '['));
    QVERIFY(deep.duplicateKeys.isEmpty());
    QVERIFY(!deep.complete);
}

void TestJsonScan::pointersFollowRfc6901()
{
    QCOMPARE(JsonPointer::join({QStringLiteral("a/b"), QStringLiteral("c~d")}), QStringLiteral("/a~1b/c~0d"));
    QCOMPARE(JsonPointer::split(QStringLiteral("/a~1b/c~0d")),
             (QStringList {QStringLiteral("a/b"), QStringLiteral("c~d")}));
    QCOMPARE(JsonPointer::fromDottedPath(QStringLiteral("attributes.contact_emails[0].email")),
             QStringLiteral("/attributes/contact_emails/0/email"));
    QCOMPARE(JsonPointer::fromLocation(QJsonArray {QStringLiteral("body"), QStringLiteral("match"), 0}),
             QStringLiteral("/match/0"));
}

QTEST_GUILESS_MAIN(TestJsonScan)
