#include "appfixture.h"
#include "findchild.h"
#include "hostileserver.h"

#include "mainwindow.h"
#include "responsepanel.h"
#include "sendcontroller.h"
#include "throttleretry.h"

#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

QByteArray throttled(const QByteArray &retryAfter)
{
    const QByteArray body = R"({"error":{"code":"rate_limited","message":"Slow down."}})";
    // A null value: no Retry-After at all.
    return "HTTP/1.1 429 Too Many Requests\r\n"
        + (retryAfter.isNull() ? QByteArray() : "Retry-After: " + retryAfter + "\r\n")
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray created()
{
    const QByteArray body
        = R"({"data":{"id":"c-42","record_type":"contact","attributes":{}},"meta":{"action":"created"}})";
    return "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A profile "Busy" at a loopback server that answers as told, with its key saved.
struct BusyServer
{
    Test::HostileServer server {Test::HostileServer::Behaviour::Raw};
    QString error;

    BusyServer(Test::AppFixture &app, const QByteArray &answer)
    {
        server.setRawAnswer(answer, false);
        if (!server.listen(false, &error)
            || !app.profiles->save({QStringLiteral("Busy"), server.baseUrl(), false, 10, false}, &error))
            return;
        bool saved = false;
        app.keys->write(QStringLiteral("Busy"), QStringLiteral("busy-key-1234"), Secrets::KeyVault::Fallback::Refuse,
                        [&](const auto &r) { saved = r.ok(); });
        if (!QTest::qWaitFor([&] { return saved; }, 10000))
            error = QStringLiteral("the key was not saved");
    }
};

qsizetype historyRows(Test::AppFixture &app)
{
    return app.history->list({}, 100, 0).result().rows.size();
}

} // namespace

// A send the server throttles past what the client waits out by itself: the outcome banner says
// when the server allows another try and offers it then, never earlier and never by itself; a
// retry is a new send with a new history row, and a changed request or another send withdraws it.
class TestThrottleRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRetryIsOfferedAtTheServersTimeAndOnlyWhenPressed()
    {
        Test::AppFixture app;
        BusyServer busy(app, throttled("2"));
        QVERIFY2(busy.error.isEmpty(), qPrintable(busy.error));
        MainWindow window(app.services);
        window.loadExample();
        window.selectProfile(QStringLiteral("Busy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        FIND_CHILD(Ui::ThrottleRetry, retry, &window, "retryThrottled");
        QVERIFY(!retry->isVisible());

        window.send(); // waits out 2 s three times by itself, then gives up
        QVERIFY(shown.wait(30000));
        QCOMPARE(busy.server.requestsReceived(), 4);
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Rejected (HTTP 429)")),
                 qPrintable(response->bannerText()));
        QVERIFY2(response->bannerText().contains(QStringLiteral("It asks to wait 2 s")),
                 qPrintable(response->bannerText()));
        QVERIFY(retry->isVisible());
        QVERIFY(!retry->isEnabled());
        const QRegularExpression countdown(QStringLiteral("^Retry at (\\d\\d:\\d\\d:\\d\\d) \\(in [12] s\\)$"));
        const QRegularExpressionMatch match = countdown.match(retry->text());
        QVERIFY2(match.hasMatch(), qPrintable(retry->text()));
        const QTime at = QTime::fromString(match.captured(1), QStringLiteral("HH:mm:ss"));
        QVERIFY2(qAbs(QTime::currentTime().secsTo(at) - 2) <= 1, qPrintable(match.captured(1)));
        const qsizetype rows = historyRows(app);
        QCOMPARE(rows, 1);

        // On at the server's time, and it waits for a press.
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 4000);
        QVERIFY2(retry->text().startsWith(QStringLiteral("Retry now (allowed since ") + match.captured(1)),
                 qPrintable(retry->text()));
        QTest::qWait(1500);
        QCOMPARE(busy.server.requestsReceived(), 4);
        QCOMPARE(historyRows(app), rows);

        busy.server.setRawAnswer(created(), false);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(shown.wait(30000));
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Created")), qPrintable(response->bannerText()));
        QCOMPARE(busy.server.requestsReceived(), 5);
        QVERIFY(!retry->isVisible());
        const QList<History::HistoryRecord> all = app.history->list({}, 100, 0).result().rows;
        QCOMPARE(all.size(), 2); // the retry is a send of its own
        QCOMPARE(all.first().outcome, QStringLiteral("succeeded"));
        QCOMPARE(all.last().outcome, QStringLiteral("rejected"));
    }

    // An hour's wait is past what the client waits by itself: offered for then, and withdrawn
    // once the request or the profile changes, or another send starts.
    void aRetryIsWithdrawnOnceItNoLongerAnswersTheRequest()
    {
        Test::AppFixture app;
        BusyServer busy(app, throttled("3600"));
        QVERIFY2(busy.error.isEmpty(), qPrintable(busy.error));
        MainWindow window(app.services);
        window.loadExample();
        window.selectProfile(QStringLiteral("Busy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        FIND_CHILD(Ui::ThrottleRetry, retry, &window, "retryThrottled");

        window.send();
        QVERIFY(shown.wait(30000));
        QCOMPARE(busy.server.requestsReceived(), 1); // an hour is not waited out
        QVERIFY(retry->isVisible() && !retry->isEnabled());
        QVERIFY2(retry->text().contains(QStringLiteral("(in 59 min"))
                     || retry->text().contains(QStringLiteral("(in 1 h")),
                 qPrintable(retry->text()));

        // The request changes.
        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral(" II"));
        QVERIFY(!retry->isVisible());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(title, Qt::Key_Backspace);
        QVERIFY(!retry->isVisible()); // withdrawn is withdrawn: it was for the request as it was

        // Offered again by a new throttled send, then withdrawn by the profile changing.
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(retry->isVisible());
        window.selectProfile(QStringLiteral("Sandbox"));
        QVERIFY(!retry->isVisible());
        window.selectProfile(QStringLiteral("Busy"));
        QVERIFY(!retry->isVisible());

        // And by another send starting.
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(retry->isVisible());
        bool hiddenWhileSending = false;
        connect(window.sendController(), &Session::SendController::stateChanged, this,
                [&](Session::SendController::State state) {
                    if (state == Session::SendController::State::Sending)
                        hiddenWhileSending = !retry->isVisible();
                });
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(hiddenWhileSending);
        QCOMPARE(busy.server.requestsReceived(), 4);
    }

    // A wait that cannot be used (years away, unreadable, absent): plain retry, on at once, and
    // saying why there is no time on it.
    void noUsableTimeOffersAPlainRetry_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("huge") << QByteArray("99999999999");
        QTest::newRow("garbage") << QByteArray("soon, maybe");
        QTest::newRow("absent") << QByteArray();
    }

    void noUsableTimeOffersAPlainRetry()
    {
        QFETCH(QByteArray, retryAfter);
        Test::AppFixture app;
        BusyServer busy(app, throttled(retryAfter));
        QVERIFY2(busy.error.isEmpty(), qPrintable(busy.error));
        MainWindow window(app.services);
        window.loadExample();
        window.selectProfile(QStringLiteral("Busy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        FIND_CHILD(Ui::ThrottleRetry, retry, &window, "retryThrottled");

        window.send();
        QVERIFY(shown.wait(30000));
        QCOMPARE(busy.server.requestsReceived(), 1);
        QVERIFY2(response->bannerText().contains(QStringLiteral("longer than ten years"))
                     || response->bannerText().contains(QStringLiteral("could not be read"))
                     || response->bannerText().contains(QStringLiteral("did not say how long")),
                 qPrintable(response->bannerText()));
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isEnabled());
        QCOMPARE(retry->text(), QStringLiteral("Retry (the server gave no usable time)"));
        QTest::qWait(500);
        QCOMPARE(busy.server.requestsReceived(), 1); // never by itself

        busy.server.setRawAnswer(created(), false);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(shown.wait(30000));
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Created")), qPrintable(response->bannerText()));
        QCOMPARE(busy.server.requestsReceived(), 2);
        QCOMPARE(historyRows(app), 2);
    }
};

QTEST_MAIN(TestThrottleRetry)
#include "tst_throttleretry.moc"
