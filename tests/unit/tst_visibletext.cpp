#include "visibletext.h"

#include <QTest>

using AssertDesk::Contract::visibleText;

class TestVisibleText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharactersAreShown_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Sarah Chen") << QStringLiteral("Sarah Chen");
        QTest::newRow("accents and CJK") << QStringLiteral("Zoë 陳") << QStringLiteral("Zoë 陳");
        QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\u001b[31mred");
        QTest::newRow("CR LF TAB") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a\\r\\nb\\tc");
        QTest::newRow("bell") << QStringLiteral("x\x07") << QStringLiteral("x\\u0007");
        QTest::newRow("DEL") << QString(QStringLiteral("x") + QChar(0x7f)) << QStringLiteral("x\\u007f");
        QTest::newRow("C1 CSI") << QString(QStringLiteral("x") + QChar(0x9b) + QStringLiteral("2J"))
                                << QStringLiteral("x\\u009b2J");
        QTest::newRow("RLO") << QString(QChar(0x202e) + QStringLiteral("gnp.exe")) << QStringLiteral("\\u202egnp.exe");
        QTest::newRow("isolate") << QString(QChar(0x2066) + QStringLiteral("a")) << QStringLiteral("\\u2066a");
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("a\\u0000b");
    }

    void controlCharactersAreShown()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(visibleText(in), out);
    }

    void ourOwnLineBreaksCanStay()
    {
        QCOMPARE(visibleText(QStringLiteral("one\ttwo\nthree\r\x1b"), true),
                 QStringLiteral("one\ttwo\nthree\\r\\u001b"));
    }
};

QTEST_GUILESS_MAIN(TestVisibleText)
#include "tst_visibletext.moc"
