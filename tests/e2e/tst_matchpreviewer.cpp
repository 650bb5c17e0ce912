#include "tst_matchpreviewer.h"

#include "apiclient.h"
#include "assertsend.h"
#include "historyservice.h"
#include "hostileserver.h"
#include "httpclient.h"
#include "matchpreviewer.h"
#include "previewread.h"
#include "sandboxserver.h"
#include "sendcontroller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace AssertDesk;
using namespace AssertDesk::Contract;
using namespace AssertDesk::Session;
using Kind = MatchPrediction::Kind;
using Why = MatchPrediction::Why;

namespace {

// Answers every profile with one endpoint, later, as the keychain does.
class FixedResolver final : public AbstractEndpointResolver
{
public:
    explicit FixedResolver(Endpoint endpoint)
        : m_endpoint(std::move(endpoint))
    {
    }
    void resolve(const Profiles::Profile &, QObject *context, Done done) override
    {
        QTimer::singleShot(0, context, [done, e = m_endpoint] { done(e); });
    }
    void locate(const Profiles::Profile &profile, QObject *, Located done) override { done(profile.baseUrl); }

private:
    Endpoint m_endpoint;
};

const Profiles::Profile kProfile {QStringLiteral("Local"), QUrl(), false, 5, false};

QByteArray body(const QString &email, const QByteArray &attributes = R"({"title":"VP"})")
{
    return R"({"match":{"primary_email":")" + email.toUtf8() + R"("},"attributes":)" + attributes + "}";
}

MatchPreview preview(Net::ApiClient &client, const Net::ApiCall::Options &options, const QByteArray &request)
{
    PreviewRead read(&client, options, request);
    QSignalSpy done(&read, &PreviewRead::finished);
    read.start();
    if (!read.isFinished())
        [&] { QVERIFY(done.wait(20000)); }();
    return read.result();
}

Net::ApiCall::Options at(const QUrl &url, const QString &key, int timeoutSeconds = 10)
{
    Net::ApiCall::Options o;
    o.baseUrl = url;
    o.key = key;
    o.timeoutSeconds = timeoutSeconds;
    return o;
}

struct LocalApi
{
    LocalApi()
    {
        AssertDesk::Sandbox::SandboxOptions o;
        o.keys = {QStringLiteral("k")};
        o.readOnlyKeys = {QStringLiteral("ro")};
        server = std::make_unique<AssertDesk::Sandbox::SandboxServer>(o);
        QString error;
        started = server->start(0, &error);
    }
    // Creates a contact with two addresses; returns its id.
    QString create(const QString &primary, const QString &second, const QString &title)
    {
        Test::HttpClient http(server->baseUrl(), "k");
        const QByteArray request
            = body(primary,
                   R"({"first_name":"Ann","title":")" + title.toUtf8() + R"(","contact_emails":[{"email":")"
                       + primary.toUtf8() + R"(","is_primary":true,"labels":[]},{"email":")" + second.toUtf8()
                       + R"(","is_primary":false,"labels":[]}]})");
        return http.post(QStringLiteral("/contact/_assert"), request)
            .json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }
    std::unique_ptr<AssertDesk::Sandbox::SandboxServer> server;
    bool started = false;
};

} // namespace

void TestMatchPreviewer::previewsTheLatestRequestOnceTypingPauses()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    Net::ApiClient client(&m_nam);
    FixedResolver endpoints(Endpoint {sandbox.server->baseUrl(), QStringLiteral("k"), {}, Endpoint::Problem::None});
    MatchPreviewer previewer(&endpoints, &client);
    previewer.setDebounceMs(150);
    QSignalSpy finished(&previewer, &MatchPreviewer::finished);
    QSignalSpy started(&previewer, &MatchPreviewer::started);

    // Typing: three requests in a row; only the last is asked about.
    previewer.requestChanged(kProfile, body(QStringLiteral("a@x.example")));
    previewer.requestChanged(kProfile, body(QStringLiteral("ab@x.example")));
    previewer.requestChanged(kProfile, body(QStringLiteral("abc@x.example")));
    QCOMPARE(previewer.state(), MatchPreviewer::State::Waiting);
    QVERIFY(finished.wait(5000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    const MatchPreview p = finished.first().first().value<MatchPreview>();
    QCOMPARE(p.body, body(QStringLiteral("abc@x.example")));
    QCOMPARE(p.prediction.kind(), Kind::Create);
    QVERIFY(p.prediction.readAt().isValid());
    QCOMPARE(previewer.state(), MatchPreviewer::State::Idle);

    // The same request again is not asked again; on demand it is.
    previewer.requestChanged(kProfile, body(QStringLiteral("abc@x.example")));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    previewer.previewNow(kProfile, body(QStringLiteral("abc@x.example")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);

    // A change while a read is under way cancels it: only the newer one is reported.
    previewer.previewNow(kProfile, body(QStringLiteral("first@x.example")));
    previewer.previewNow(kProfile, body(QStringLiteral("second@x.example")));
    QVERIFY(finished.wait(5000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(finished.last().first().value<MatchPreview>().body, body(QStringLiteral("second@x.example")));
    QCOMPARE(previewer.latest()->body, body(QStringLiteral("second@x.example")));

    // A request without a match key is not asked about, and says why.
    previewer.previewNow(kProfile, R"({"match":{},"attributes":{"title":"x"}})");
    QVERIFY(finished.size() == 4 || finished.wait(5000));
    QCOMPARE(finished.last().first().value<MatchPreview>().prediction.why(), Why::NoMatchKey);
    QCOMPARE(finished.last().first().value<MatchPreview>().requests, 0);
}

void TestMatchPreviewer::predictsTheContactTheServerWouldUpdate()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    const QString id
        = sandbox.create(QStringLiteral("ann@acme.example"), QStringLiteral("Ann@Home.example"), QStringLiteral("CTO"));
    QVERIFY(!id.isEmpty());
    Net::ApiClient client(&m_nam);
    // Matched on the second address, typed with other case and spaces.
    const MatchPreview p = preview(client, at(sandbox.server->baseUrl(), QStringLiteral("k")),
                                   body(QStringLiteral(" ANN@home.example "), R"({"title":"VP","first_name":"Ann"})"));
    QCOMPARE(p.prediction.kind(), Kind::Update);
    QCOMPARE(p.prediction.contactId(), id);
    QCOMPARE(p.prediction.matchedOn(), QStringLiteral("Ann@Home.example"));
    QCOMPARE(p.requests, 1); // the query held the whole record
    QCOMPARE(p.before.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(p.changes.size(), 2);
    QCOMPARE(p.changes.at(0).field, QStringLiteral("first_name"));
    QCOMPARE(p.changes.at(0).kind, FieldChange::Kind::Same);
    QCOMPARE(p.changes.at(1).field, QStringLiteral("title"));
    QCOMPARE(p.changes.at(1).kind, FieldChange::Kind::Change);
    QCOMPARE(p.changes.at(1).before, QJsonValue(QStringLiteral("CTO")));
    QCOMPARE(sandbox.server->contactCount(), 1); // a preview never writes
}

void TestMatchPreviewer::aReadOnlyKeyPreviews()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    sandbox.create(QStringLiteral("ro@x.example"), QStringLiteral("ro2@x.example"), QStringLiteral("T"));
    Net::ApiClient client(&m_nam);
    const MatchPreview p
        = preview(client, at(sandbox.server->baseUrl(), QStringLiteral("ro")), body(QStringLiteral("ro2@x.example")));
    QCOMPARE(p.prediction.kind(), Kind::Update);
}

void TestMatchPreviewer::unavailableWhenTheServerCannotBeAsked()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    Net::ApiClient client(&m_nam);
    const MatchPreview refused
        = preview(client, at(sandbox.server->baseUrl(), QStringLiteral("wrong")), body(QStringLiteral("a@x.example")));
    QCOMPARE(refused.prediction.why(), Why::Refused);
    QVERIFY(refused.prediction.sentence().contains(QStringLiteral("401")));

    const MatchPreview noKey = preview(client, at(sandbox.server->baseUrl(), {}), body(QStringLiteral("a@x.example")));
    QCOMPARE(noKey.prediction.why(), Why::NoKey);
    QCOMPARE(noKey.requests, 0);
    const MatchPreview noMatch = preview(client, at(sandbox.server->baseUrl(), QStringLiteral("k")),
                                         R"({"match":{},"attributes":{"title":"x"}})");
    QCOMPARE(noMatch.prediction.why(), Why::NoMatchKey);

    Test::HostileServer silent(Test::HostileServer::Behaviour::Silent);
    QString error;
    QVERIFY2(silent.listen(false, &error), qPrintable(error));
    const MatchPreview timeout
        = preview(client, at(silent.baseUrl(), QStringLiteral("k"), 1), body(QStringLiteral("a@x.example")));
    QCOMPARE(timeout.prediction.kind(), Kind::Unknown);
    QCOMPARE(timeout.prediction.why(), Why::Timeout);

    Test::HostileServer html(Test::HostileServer::Behaviour::Raw);
    html.setRawAnswer("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n<html>", false);
    QVERIFY2(html.listen(false, &error), qPrintable(error));
    const MatchPreview odd
        = preview(client, at(html.baseUrl(), QStringLiteral("k")), body(QStringLiteral("a@x.example")));
    QCOMPARE(odd.prediction.why(), Why::BadAnswer);
    QVERIFY(!odd.isMade());
}

void TestMatchPreviewer::aPartialAnswerIsReadWholeInOneMoreRequest()
{
    Test::HostileServer server(Test::HostileServer::Behaviour::Raw);
    const QByteArray answer
        = R"({"data":[{"id":"c-7","attributes":{"first_name":{"value":"Ann","value_type":"string"}}}]})";
    server.setRawAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(answer.size()) + "\r\n\r\n" + answer,
                        false);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    Net::ApiClient client(&m_nam);
    const MatchPreview p
        = preview(client, at(server.baseUrl(), QStringLiteral("k")), body(QStringLiteral("a@x.example")));
    QCOMPARE(p.prediction.kind(), Kind::Update);
    QCOMPARE(p.prediction.contactId(), QStringLiteral("c-7"));
    QCOMPARE(p.requests, 2);
    QCOMPARE(server.requestsReceived(), 2);
    QVERIFY(server.heads().at(0).startsWith("POST /api/v2/contact/_query "));
    QVERIFY(server.heads().at(1).startsWith("GET /api/v2/contact/c-7 "));
    // The second answer was not that contact's record: no diff, and it says why.
    QVERIFY(!p.diffProblem.isEmpty());
    QVERIFY(p.changes.isEmpty());
}

void TestMatchPreviewer::aSurpriseWhenTheContactAppearsBetweenPreviewAndSend()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    History::HistoryService history(m_dir.filePath(QStringLiteral("surprise")));
    QVERIFY(history.open().result().ok);
    Net::ApiClient client(&m_nam);
    const auto options = at(sandbox.server->baseUrl(), QStringLiteral("k"));
    const QByteArray request = body(QStringLiteral("late@x.example"));
    const MatchPreview before = preview(client, options, request);
    QCOMPARE(before.prediction.kind(), Kind::Create);

    // Someone else creates the contact meanwhile.
    const QString id
        = sandbox.create(QStringLiteral("late@x.example"), QStringLiteral("late2@x.example"), QStringLiteral("CTO"));
    AssertSend send(&client, &history, QStringLiteral("Local"), options, request);
    send.setPreview(before);
    QSignalSpy done(&send, &AssertSend::finished);
    send.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(send.result().httpStatus, 200);
    QCOMPARE(send.surprise(), QStringLiteral("predicted a new contact, but it updated %1").arg(id));
    const auto row = history.record(send.historyId()).result();
    QVERIFY(row);
    QCOMPARE(row->surprise, send.surprise());

    // With a preview taken just before, the same send is what was predicted, and the contact as
    // it was is kept beside the answer.
    AssertSend again(&client, &history, QStringLiteral("Local"), options,
                     body(QStringLiteral("late@x.example"), R"({"title":"CEO"})"));
    again.setPreview(preview(client, options, body(QStringLiteral("late@x.example"), R"({"title":"CEO"})")));
    QSignalSpy doneAgain(&again, &AssertSend::finished);
    again.start();
    QVERIFY(doneAgain.wait(10000));
    QCOMPARE(again.surprise(), QString());
    const auto kept = history.record(again.historyId()).result();
    QCOMPARE(kept->beforeState.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(kept->beforeState.value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toObject()
                 .value(QStringLiteral("value")),
             QJsonValue(QStringLiteral("VP")));
}

void TestMatchPreviewer::theSendControllerPreviewsJustBeforeSending()
{
    LocalApi sandbox;
    QVERIFY(sandbox.started);
    const QString id
        = sandbox.create(QStringLiteral("sc@x.example"), QStringLiteral("sc2@x.example"), QStringLiteral("CTO"));
    History::HistoryService history(m_dir.filePath(QStringLiteral("controller")));
    QVERIFY(history.open().result().ok);
    Net::ApiClient client(&m_nam);
    FixedResolver endpoints(Endpoint {sandbox.server->baseUrl(), QStringLiteral("k"), {}, Endpoint::Problem::None});
    SendController sender(&endpoints, &client, &history);
    sender.setPreviewFirst(true);
    QSignalSpy previewed(&sender, &SendController::previewed);
    QSignalSpy surprised(&sender, &SendController::surprised);
    QSignalSpy finished(&sender, &SendController::finished);
    QVERIFY(sender.send(kProfile, body(QStringLiteral("sc2@x.example"))));
    QVERIFY(finished.wait(10000));
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(previewed.first().first().value<MatchPreview>().prediction.contactId(), id);
    QCOMPARE(surprised.size(), 0);
    const auto row = history.record(finished.first().at(2).toLongLong()).result();
    QVERIFY(row);
    QCOMPARE(row->beforeState.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(History::ContactChange::fromRecord(*row).changedFields(), QStringList {QStringLiteral("title")});
}

QTEST_GUILESS_MAIN(TestMatchPreviewer)
