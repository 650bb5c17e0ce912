#include "headerpolicy.h"

#include <QTest>

using namespace AssertDesk::Net;

class TestHeaderPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKeyIsOneLineOfText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("named");
        QTest::newRow("CR LF and a header") << QStringLiteral("sk_live_abc\r\nX-Evil: 1") << QStringLiteral("\\r");
        QTest::newRow("LF alone") << QStringLiteral("sk_live_abc\n") << QStringLiteral("\\n");
        QTest::newRow("escape") << QStringLiteral("sk\x1b[31m") << QStringLiteral("U+001b");
        QTest::newRow("NUL") << QString(QStringLiteral("sk_a") + QChar(0)) << QStringLiteral("U+0000");
        QTest::newRow("DEL") << QString(QStringLiteral("sk_a") + QChar(0x7f)) << QStringLiteral("U+007f");
    }

    void aKeyIsOneLineOfText()
    {
        QFETCH(QString, key);
        QFETCH(QString, named);
        const QString why = HeaderPolicy::checkKey(key);
        QVERIFY2(why.contains(named), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("sk_")), "the refusal must not repeat the key");
    }

    void ordinaryKeysPass()
    {
        QCOMPARE(HeaderPolicy::checkKey(QStringLiteral("sk_live_0123456789abcdef")), QString());
        QCOMPARE(HeaderPolicy::checkKey(QStringLiteral("key with spaces-and.dots")), QString());
    }

    void headersTheClientOwnsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        for (const char *n :
             {"Authorization", "authorization", "HOST", "Content-Length", "Cookie", "Connection", "Transfer-Encoding"})
            QTest::newRow(n) << QByteArray(n);
    }

    void headersTheClientOwnsAreRefused()
    {
        QFETCH(QByteArray, name);
        QVERIFY(!HeaderPolicy::checkExtraHeader(name, "x").isEmpty());
    }

    void aValueCannotStartAHeaderOfItsOwn()
    {
        const QString why = HeaderPolicy::checkExtraHeader("X-Sandbox-Fault", "500\r\nAuthorization: Bearer other");
        QVERIFY2(why.contains(QStringLiteral("\\r")), qPrintable(why));
        QVERIFY(!HeaderPolicy::checkExtraHeader("X-Trace", "a\nb").isEmpty());
        QVERIFY(!HeaderPolicy::checkExtraHeader("X-Trace", "a\x1b]0;title\x07").isEmpty());
    }

    void aNameIsAToken()
    {
        QVERIFY(!HeaderPolicy::checkExtraHeader("X Trace", "1").isEmpty());
        QVERIFY(!HeaderPolicy::checkExtraHeader("X-Trace:", "1").isEmpty());
        QVERIFY(!HeaderPolicy::checkExtraHeader("", "1").isEmpty());
        QVERIFY(!HeaderPolicy::checkExtraHeader("X\r\nHost", "1").isEmpty());
    }

    void ordinaryHeadersPass()
    {
        QCOMPARE(HeaderPolicy::checkExtraHeader("X-Sandbox-Fault", "delay=100,429"), QString());
        QCOMPARE(HeaderPolicy::checkExtraHeader("X-Request-Id", "3f2a-77 \tb"), QString());
    }
};

QTEST_GUILESS_MAIN(TestHeaderPolicy)
#include "tst_headerpolicy.moc"
