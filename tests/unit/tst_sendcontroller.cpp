#include "apiclient.h"
#include "historyservice.h"
#include "hostileserver.h"
#include "sendcontroller.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;
using namespace AssertDesk::Contract;
using namespace AssertDesk::Session;
using State = SendController::State;

namespace {

// A resolver that answers when the test says so, as a keychain waiting to be unlocked does.
class FakeResolver final : public AbstractEndpointResolver
{
public:
    struct Pending
    {
        QPointer<QObject> context;
        Done done;
    };
    QList<Pending> pending;

    void resolve(const Profiles::Profile &, QObject *context, Done done) override
    {
        pending.append({context, std::move(done)});
    }
    void locate(const Profiles::Profile &profile, QObject *, Located done) override { done(profile.baseUrl); }

    void answer(const Endpoint &endpoint)
    {
        const Pending p = pending.takeFirst();
        if (p.context)
            p.done(endpoint);
    }
};

// An API that answers every request with one created contact, or (made Silent) never answers.
struct CannedApi
{
    Test::HostileServer server {Test::HostileServer::Behaviour::Raw};

    CannedApi()
    {
        const QByteArray body = "{\"data\":{\"id\":\"c-1\",\"attributes\":{}},\"meta\":{\"action\":\"created\"}}";
        server.setRawAnswer("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                            false);
        QString error;
        server.listen(false, &error);
    }
    QUrl baseUrl() const { return server.baseUrl(); }
    int requestsReceived() const { return server.requestsReceived(); }
    void hold() { server.setBehaviour(Test::HostileServer::Behaviour::Silent); }
};

Profiles::Profile account(bool production = false)
{
    return {QStringLiteral("Live"), QUrl(QStringLiteral("https://api.example.com/api/v2")), production, 10, false};
}

Endpoint endpointAt(const QUrl &url)
{
    return {url, QStringLiteral("key-1234"), {}, Endpoint::Problem::None};
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<State>();
    return out;
}

const QByteArray kBody = "{\"match\":{\"primary_email\":\"s@x.example\"},\"attributes\":{\"first_name\":\"S\"}}";

} // namespace

// The window's one send at a time: asks before production, finds the endpoint, sends with its
// history row, and refuses a second send while one is under way.
class TestSendController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<History::HistoryService> m_history;
    std::unique_ptr<Net::ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_history = std::make_unique<History::HistoryService>(m_dir.path());
        QVERIFY(m_history->open().result().ok);
        m_client = std::make_unique<Net::ApiClient>(&m_nam);
    }

    void sendGoesThroughEveryStateInOrder()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy changed(&sender, &SendController::stateChanged);
        QSignalSpy started(&sender, &SendController::started);
        QSignalSpy finished(&sender, &SendController::finished);

        QVERIFY(sender.send(account(), kBody));
        QCOMPARE(sender.state(), State::Resolving);
        QCOMPARE(started.count(), 0); // nothing leaves before the endpoint is known
        resolver.answer(endpointAt(api.baseUrl()));
        QCOMPARE(sender.state(), State::Sending);
        QCOMPARE(started.count(), 1);
        QVERIFY(finished.wait(10000));

        QCOMPARE(states(changed), (QList<State> {State::Resolving, State::Sending, State::Done, State::Idle}));
        const auto result = finished.first().at(0).value<SendResult>();
        QCOMPARE(result.outcome, Outcome::Succeeded);
        const qint64 historyId = finished.first().at(2).toLongLong();
        QVERIFY(historyId > 0);
        QCOMPARE(m_history->record(historyId).result()->outcome, QStringLiteral("succeeded"));
        QCOMPARE(finished.first()
                     .at(1)
                     .toJsonObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("first_name")),
                 QJsonValue(QStringLiteral("S")));
        QVERIFY(sender.isIdle());
        QCOMPARE(api.requestsReceived(), 1);
    }

    void secondSendIsRefusedWhileResolvingAndWhileSending()
    {
        FakeResolver resolver;
        CannedApi api;
        api.hold();
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy finished(&sender, &SendController::finished);
        QSignalSpy progress(&sender, &SendController::progress);

        QVERIFY(sender.send(account(), kBody));
        QVERIFY(!sender.send(account(), kBody)); // while the key is read
        QCOMPARE(resolver.pending.size(), 1);
        resolver.answer(endpointAt(api.baseUrl()));
        QTRY_COMPARE(api.requestsReceived(), 1);
        QVERIFY(!sender.send(account(), kBody)); // while the request is out
        QCOMPARE(sender.state(), State::Sending);
        QCOMPARE(resolver.pending.size(), 0);
        // The elapsed time is shown while it waits.
        QTRY_VERIFY(!progress.isEmpty());
        QVERIFY(progress.last().at(0).toString().startsWith(QStringLiteral("Sending… ")));

        sender.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SendResult>().outcome, Outcome::Cancelled);
        QVERIFY(sender.isIdle());
        QCOMPARE(api.requestsReceived(), 1);
    }

    void resolverErrorEndsNotSent()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy changed(&sender, &SendController::stateChanged);
        QSignalSpy started(&sender, &SendController::started);
        QSignalSpy finished(&sender, &SendController::finished);

        QVERIFY(sender.send(account(), kBody));
        resolver.answer({{}, {}, QStringLiteral("No API key is saved for profile \"Live\"."), Endpoint::Problem::Key});

        QCOMPARE(states(changed), (QList<State> {State::Resolving, State::Done, State::Idle}));
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().at(0).value<SendResult>();
        QCOMPARE(result.outcome, Outcome::NotSent);
        // The cause, and where to set the key.
        QVERIFY2(result.summary.startsWith(QStringLiteral("No API key is saved for profile \"Live\".")),
                 qPrintable(result.summary));
        QVERIFY2(result.summary.contains(QStringLiteral("API key")), qPrintable(result.summary));
        QCOMPARE(finished.first().at(2).toLongLong(), -1);
        QVERIFY(sender.send(account(), kBody)); // and the next send may go
    }

    void cancelWhileResolvingSendsNothing()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy finished(&sender, &SendController::finished);

        QVERIFY(sender.send(account(), kBody));
        sender.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SendResult>().outcome, Outcome::Cancelled);
        QVERIFY(sender.isIdle());
        // The key arrives after all: too late, nothing goes out.
        resolver.answer(endpointAt(api.baseUrl()));
        QTest::qWait(200);
        QCOMPARE(api.requestsReceived(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(sender.isIdle());
    }

    // Cancel pressed once the key is known, while the history row is still being written: the
    // request never starts, and the window is told that nothing was sent.
    void cancelWhileTheHistoryRowIsWrittenSaysNothingWasSent()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy finished(&sender, &SendController::finished);

        QVERIFY(sender.send(account(), kBody));
        resolver.answer(endpointAt(api.baseUrl()));
        QCOMPARE(sender.state(), State::Sending);
        sender.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().at(0).value<SendResult>();
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QCOMPARE(result.summary, QStringLiteral("Cancelled before anything was sent."));
        QTest::qWait(200);
        QCOMPARE(api.requestsReceived(), 0);
        QVERIFY(sender.isIdle());
        const qint64 historyId = finished.first().at(2).toLongLong();
        QVERIFY(historyId > 0);
        QCOMPARE(m_history->record(historyId).result()->outcome, QStringLiteral("cancelled"));
    }

    // A key read from the keychain with a line break in it (saved by another tool, or before
    // the key dialog checked) would add a header of its own: refused before the history row, so
    // no row stands for a send that never left, and nothing reaches the server.
    void aKeyWithALineBreakIsRefusedBeforeTheHistoryRow()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy finished(&sender, &SendController::finished);
        const qsizetype rowsBefore = m_history->list({}, 1000, 0).result().rows.size();

        QVERIFY(sender.send(account(), kBody));
        resolver.answer({api.baseUrl(), QStringLiteral("key-1234\r\nX-Injected: 1"), {}, Endpoint::Problem::None});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const auto result = finished.first().at(0).value<SendResult>();
        QCOMPARE(result.outcome, Outcome::NotSent);
        QVERIFY2(result.summary.contains(QStringLiteral("carriage return")), qPrintable(result.summary));
        QVERIFY(!result.summary.contains(QStringLiteral("key-1234")));
        QCOMPARE(finished.first().at(2).toLongLong(), -1);
        QCOMPARE(m_history->list({}, 1000, 0).result().rows.size(), rowsBefore);
        QTest::qWait(100);
        QCOMPARE(api.requestsReceived(), 0);
        QVERIFY(sender.isIdle());
    }

    // The answer came, the disk is full: the send ends with what happened to the contact, and
    // says that the history could not take it and which file keeps it.
    void anOutcomeTheHistoryCannotWriteSaysWhereItIsKept()
    {
        History::HistoryService history(m_dir.filePath(QStringLiteral("full")));
        QVERIFY(history.open().result().ok);
        history.setCompletionFault([] { return QStringLiteral("database or disk is full"); });
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), &history);
        QSignalSpy finished(&sender, &SendController::finished);

        QVERIFY(sender.send(account(), kBody));
        resolver.answer(endpointAt(api.baseUrl()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<SendResult>().outcome, Outcome::Succeeded);
        QVERIFY(finished.first().at(2).toLongLong() > 0);
        const auto note = finished.first().at(3).value<HistoryNote>();
        QVERIFY(!note.recorded());
        QVERIFY2(note.problem.contains(QStringLiteral("database or disk is full")), qPrintable(note.problem));
        QVERIFY2(QFile::exists(note.keptIn), qPrintable(note.keptIn));

        // With the history writable again, the next send says nothing of the kind.
        history.setCompletionFault([] { return QString(); });
        QVERIFY(sender.send(account(), kBody));
        resolver.answer(endpointAt(api.baseUrl()));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(3).value<HistoryNote>().recorded());
    }

    void productionAsksFirstAndNoMeansNotSent()
    {
        FakeResolver resolver;
        CannedApi api;
        SendController sender(&resolver, m_client.get(), m_history.get());
        QSignalSpy finished(&sender, &SendController::finished);
        QStringList asked;
        sender.setConfirm([&](const QString &question) {
            asked << question;
            // A second Send while the question is open is refused.
            return sender.send(account(true), kBody);
        });

        QVERIFY(sender.send(account(true), kBody));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("api.example.com")));
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().at(0).value<SendResult>();
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.summary, QStringLiteral("You chose not to send to production."));
        QCOMPARE(resolver.pending.size(), 0); // the key was not even read
        QCOMPARE(api.requestsReceived(), 0);
    }
};

QTEST_MAIN(TestSendController)
#include "tst_sendcontroller.moc"
