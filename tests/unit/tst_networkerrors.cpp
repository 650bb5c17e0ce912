#include "networkerrors.h"

#include <QTest>

#include <limits>

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;

class TestNetworkErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterSecondsOrDate()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-27T10:00:00Z"), Qt::ISODate);
        QCOMPARE(NetworkErrors::retryAfterSeconds("7", now), 7);
        QCOMPARE(NetworkErrors::retryAfterSeconds(" 0 ", now), 0);
        QCOMPARE(NetworkErrors::retryAfterSeconds("Fri, 27 Nov 2026 10:00:30 GMT", now), 30);
        QCOMPARE(NetworkErrors::retryAfterSeconds("Fri, 27 Nov 2026 09:00:00 GMT", now), 0); // in the past
        QCOMPARE(NetworkErrors::retryAfterSeconds("soon", now), -1);
        QCOMPARE(NetworkErrors::retryAfterSeconds("-5", now), -1);
        QCOMPARE(NetworkErrors::retryAfterSeconds("", now), -1);
        // More digits than fit: a very long wait, never a short one.
        QCOMPARE(NetworkErrors::retryAfterSeconds("99999999999999999999999", now), std::numeric_limits<qint64>::max());
        QCOMPARE(NetworkErrors::retryAfterSeconds("4294967296", now), Q_INT64_C(4294967296));
    }

    void classify_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("bodySent");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("outcome");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << false
                                 << int(Outcome::NotSent);
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << false << int(Outcome::NotSent);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << false << int(Outcome::NotSent);
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << false << false
                               << int(Outcome::NotSent);
        QTest::newRow("closed before sending")
            << int(QNetworkReply::RemoteHostClosedError) << false << false << int(Outcome::NotSent);
        QTest::newRow("closed after sending")
            << int(QNetworkReply::RemoteHostClosedError) << true << false << int(Outcome::Unknown);
        QTest::newRow("timeout after sending")
            << int(QNetworkReply::OperationCanceledError) << true << true << int(Outcome::Unknown);
        QTest::newRow("timeout connecting")
            << int(QNetworkReply::OperationCanceledError) << false << true << int(Outcome::NotSent);
    }

    void classify()
    {
        QFETCH(int, error);
        QFETCH(bool, bodySent);
        QFETCH(bool, timedOut);
        QFETCH(int, outcome);
        const auto v
            = NetworkErrors::classify(QNetworkReply::NetworkError(error), QStringLiteral("x"), bodySent, timedOut, 30);
        QCOMPARE(int(v.outcome), outcome);
        QVERIFY(!v.summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkErrors)
#include "tst_networkerrors.moc"
