#include "tst_batchpreview.h"

#include "apiclient.h"
#include "batchpreview.h"
#include "hostileserver.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

using namespace AssertDesk;
using namespace AssertDesk::Session;
using Kind = RowPrediction::Kind;

namespace {

const QString kQuery = QStringLiteral("/contact/_query");

std::unique_ptr<Test::SandboxProcess> startSandbox(const QStringList &extra = {})
{
    auto sandbox = std::make_unique<Test::SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    sandbox->setLogRequests(true);
    if (!sandbox->start(QStringList {QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--read-only-key"),
                                     QStringLiteral("ro")}
                        + extra))
        return nullptr;
    return sandbox;
}

Net::ApiCall::Options at(const QUrl &url, const QString &key = QStringLiteral("ro"))
{
    Net::ApiCall::Options o;
    o.baseUrl = url;
    o.key = key;
    o.timeoutSeconds = 10;
    return o;
}

// Creates one contact through the API, as a person's earlier send did.
bool seed(Test::HttpClient &http, const QString &primary, const QByteArray &attributes)
{
    const QByteArray body
        = R"({"match":{"primary_email":")" + primary.toUtf8() + R"("},"attributes":)" + attributes + "}";
    return http.post(QStringLiteral("/contact/_assert"), body).status == 201;
}

// Rows from a function of their index, pulled as the preview asks; `pulled` counts them.
BatchPreview::RowSource generated(qint64 rows, std::function<PreviewRow(qint64)> make, qint64 *pulled)
{
    return [=](qsizetype max) {
        QList<PreviewRow> out;
        while (out.size() < max && *pulled < rows)
            out << make((*pulled)++);
        return out;
    };
}

struct Run
{
    QList<RowPrediction> rows;
    BatchPreviewCounts counts;
    bool finished = false;
};

// Runs a preview to its end (or 60 s) and keeps every row it reported.
Run preview(BatchPreview &p, BatchPreview::RowSource source)
{
    Run run;
    QObject::connect(&p, &BatchPreview::rowsPredicted, &p, [&](const QList<RowPrediction> &r) { run.rows << r; });
    QSignalSpy done(&p, &BatchPreview::finished);
    p.start(std::move(source));
    run.finished = done.count() > 0 || done.wait(60000);
    run.counts = p.counts();
    return run;
}

QByteArray rawAnswer(const QByteArray &json)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\n\r\n" + json;
}

} // namespace

// 260 rows against the sandbox with seeded contacts: 60 update a contact, 20 name a contact by a
// secondary address in another case and with spaces and change nothing, 180 are new. Three
// queries answer them all, with a read-only key, and nothing is written.
void TestBatchPreview::everyRowIsPredictedWithOneQueryPerHundredRows()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    Test::HttpClient http(sandbox->baseUrl(), "k");
    for (int i = 0; i < 60; ++i)
        QVERIFY(seed(http, QStringLiteral("u%1@seed.example").arg(i), R"({"first_name":"U","title":"Old"})"));
    for (int i = 0; i < 20; ++i)
        QVERIFY(seed(http, QStringLiteral("n%1@seed.example").arg(i),
                     R"({"first_name":"N","title":"Same","contact_emails":[{"email":"n)" + QByteArray::number(i)
                         + R"(@seed.example","is_primary":true,"labels":[]},{"email":"alt)" + QByteArray::number(i)
                         + R"(@seed.example","is_primary":false,"labels":[]}]})"));
    const int asserts = sandbox->requestsAnswered(QStringLiteral("/contact/_assert"));
    QCOMPARE(asserts, 80);

    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(sandbox->baseUrl()));
    qint64 pulled = 0;
    const auto make = [](qint64 i) {
        PreviewRow row;
        row.line = i + 2;
        // Of each ten rows among the first 200: one names a contact by its second address, three update one.
        const qint64 slot = i % 10;
        if (i < 200 && slot == 0) {
            row.address = QStringLiteral(" ALT%1@Seed.Example ").arg(i / 10);
            row.attributes = {{QStringLiteral("first_name"), QStringLiteral("N")},
                              {QStringLiteral("title"), QStringLiteral("Same")}};
        } else if (i < 200 && (slot == 1 || slot == 3 || slot == 5)) {
            row.address = QStringLiteral("u%1@seed.example").arg(i / 10 * 3 + slot / 2);
            row.attributes = {{QStringLiteral("title"), QStringLiteral("New")}};
        } else {
            row.address = QStringLiteral("c%1@new.example").arg(i);
            row.attributes = {{QStringLiteral("title"), QStringLiteral("X")}};
        }
        return row;
    };
    const Run run = preview(p, generated(260, make, &pulled));
    QVERIFY(run.finished);
    QCOMPARE(run.counts.rows, 260);
    QCOMPARE(run.counts.update, 60);
    QCOMPARE(run.counts.unchanged, 20);
    QCOMPARE(run.counts.create, 180);
    QCOMPARE(run.counts.ambiguous + run.counts.unavailable, 0);
    // ceil(260 / 100) queries, not one per row, as the sandbox counted them.
    QCOMPARE(run.counts.queries, 3);
    QCOMPARE(sandbox->requestsAnswered(kQuery, 200), 3);
    QCOMPARE(sandbox->requestsAnswered(kQuery), 3);
    QCOMPARE(sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), asserts);

    // In file order, each row once; an update names its contact and the field that changes.
    QCOMPARE(run.rows.size(), 260);
    for (int i = 0; i < run.rows.size(); ++i)
        QCOMPARE(run.rows.at(i).line, i + 2);
    const RowPrediction &update = run.rows.at(1); // u0
    QCOMPARE(update.kind, Kind::Update);
    QVERIFY(!update.contactId.isEmpty());
    QCOMPARE(update.matchedOn, QStringLiteral("u0@seed.example"));
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.first().field, QStringLiteral("title"));
    QCOMPARE(update.changes.first().before.toString(), QStringLiteral("Old"));
    const RowPrediction &same = run.rows.at(10); // alt1, a secondary address
    QCOMPARE(same.kind, Kind::Unchanged);
    QCOMPARE(same.matchedOn, QStringLiteral("alt1@seed.example"));
    QVERIFY(same.changes.isEmpty());
    QCOMPARE(run.rows.at(2).kind, Kind::Create);
}

// 5,000 rows: never more than a few chunks of them are out of the source and not yet predicted.
void TestBatchPreview::theRowsAreReadAsTheQueriesGoNotAllAtOnce()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(sandbox->baseUrl()));
    p.setInFlight(2);
    qint64 pulled = 0;
    qint64 predicted = 0;
    qint64 mostHeld = 0;
    connect(&p, &BatchPreview::rowsPredicted, this, [&](const QList<RowPrediction> &rows) {
        mostHeld = qMax(mostHeld, pulled - predicted);
        predicted += rows.size();
    });
    const auto make = [](qint64 i) {
        return PreviewRow {i + 2, QStringLiteral("r%1@new.example").arg(i), {{QStringLiteral("title"), i}}};
    };
    const Run run = preview(p, generated(5000, make, &pulled));
    QVERIFY(run.finished);
    QCOMPARE(run.counts.create, 5000);
    QCOMPARE(run.counts.queries, 50);
    QVERIFY2(mostHeld <= 2 * 2 * BatchPreview::kChunkSize, QByteArray::number(mostHeld).constData());
}

// A server that gives 7 contacts a page: each chunk's query is followed by its next_cursor to the
// last page, and every row that names a contact on a later page is still an update.
void TestBatchPreview::aChunkAnsweredInPagesIsReadToItsLastPage()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    Test::HttpClient http(sandbox->baseUrl(), "k");
    for (int i = 0; i < 30; ++i)
        QVERIFY(seed(http, QStringLiteral("p%1@seed.example").arg(i), R"({"title":"Old"})"));
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(sandbox->baseUrl()));
    p.setChunkSize(50);
    p.setPageLimit(7);
    qint64 pulled = 0;
    // Rows 0-29 name the seeded contacts, 30-59 are new: chunk one holds 30 contacts (5 pages),
    // chunk two none (1 page).
    const auto make = [](qint64 i) {
        return PreviewRow {i + 2,
                           i < 30 ? QStringLiteral("P%1@SEED.example").arg(i)
                                  : QStringLiteral("q%1@new.example").arg(i),
                           {{QStringLiteral("title"), QStringLiteral("New")}}};
    };
    const Run run = preview(p, generated(60, make, &pulled));
    QVERIFY(run.finished);
    QCOMPARE(run.counts.update, 30);
    QCOMPARE(run.counts.create, 30);
    QCOMPARE(run.counts.queries, 6);
    QCOMPARE(sandbox->requestsAnswered(kQuery, 200), 6);
    QCOMPARE(run.rows.at(29).kind, Kind::Update);
    QCOMPARE(run.rows.at(29).matchedOn, QStringLiteral("p29@seed.example"));
}

// Two contacts hold one address (a server that allows it): the row is ambiguous and names both.
// The same answer says which rows change nothing, update or create.
void TestBatchPreview::severalContactsWithTheAddressAreAmbiguous()
{
    const QByteArray answer = R"({"data":[
      {"id":"a1","attributes":{"first_name":{"value":"Ann","value_type":"string"},
        "contact_emails":[{"value":{"email":"shared@x.example","is_primary":true,"labels":[]},"value_type":"contact_email"}]}},
      {"id":"b2","attributes":{"first_name":"Bob","contact_emails":[{"email":"Shared@X.example","is_primary":true,"labels":[]}]}},
      {"id":"c3","attributes":{"first_name":"Cy","title":"CTO","contact_emails":[{"email":"cy@x.example","is_primary":true,"labels":[]}]}},
      {"id":"d4","attributes":{"first_name":"Di","title":"VP","contact_emails":[{"email":"di@x.example","is_primary":true,"labels":[]}]}}
    ],"meta":{"next_cursor":null}})";
    Test::HostileServer server(Test::HostileServer::Behaviour::Raw);
    server.setRawAnswer(rawAnswer(answer), false);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(server.baseUrl()));
    const QList<PreviewRow> rows {
        {2, QStringLiteral("shared@x.example"), {{QStringLiteral("title"), QStringLiteral("CEO")}}},
        {3, QStringLiteral(" CY@x.example"), {{QStringLiteral("title"), QStringLiteral("CTO")}}},
        {4, QStringLiteral("di@x.example"), {{QStringLiteral("title"), QStringLiteral("CTO")}}},
        {5, QStringLiteral("new@x.example"), {{QStringLiteral("title"), QStringLiteral("CTO")}}},
    };
    bool given = false;
    const Run run = preview(p, [&](qsizetype) { return std::exchange(given, true) ? QList<PreviewRow>() : rows; });
    QVERIFY(run.finished);
    QCOMPARE(server.requestsReceived(), 1);
    QCOMPARE(run.rows.size(), 4);
    QCOMPARE(run.rows.at(0).kind, Kind::Ambiguous);
    QCOMPARE(run.rows.at(0).candidates.size(), 2);
    QCOMPARE(run.rows.at(0).candidates.at(0).id, QStringLiteral("a1"));
    QCOMPARE(run.rows.at(0).candidates.at(1).id, QStringLiteral("b2"));
    QCOMPARE(run.rows.at(1).kind, Kind::Unchanged);
    QCOMPARE(run.rows.at(1).contactId, QStringLiteral("c3"));
    QCOMPARE(run.rows.at(2).kind, Kind::Update);
    QCOMPARE(run.rows.at(2).contactName, QStringLiteral("Di"));
    QCOMPARE(run.rows.at(2).changes.first().kindName(), QStringLiteral("change"));
    QCOMPARE(run.rows.at(3).kind, Kind::Create);
    QCOMPARE(run.counts.ambiguous, 1);
    // The query asked for the four addresses at once.
    QVERIFY(server.heads().value(0).startsWith("POST /api/v2/contact/_query "));
}

// The sandbox takes one request a second from the key: two of the three first queries are
// throttled. Every row is still predicted, no query goes again before the server's time.
void TestBatchPreview::aThrottledQueryWaitsAndNoRowIsLost()
{
    const auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("1")});
    QVERIFY(sandbox);
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(sandbox->baseUrl()));
    QSignalSpy throttled(&p, &BatchPreview::throttled);
    qint64 pulled = 0;
    const auto make = [](qint64 i) {
        return PreviewRow {i + 2, QStringLiteral("t%1@new.example").arg(i), {{QStringLiteral("title"), i}}};
    };
    QElapsedTimer clock;
    clock.start();
    const Run run = preview(p, generated(250, make, &pulled));
    QVERIFY(run.finished);
    QCOMPARE(run.counts.create, 250);
    QCOMPARE(run.counts.unavailable, 0);
    QVERIFY(throttled.count() >= 1);
    QVERIFY(run.counts.throttled >= 1);
    QCOMPARE(sandbox->requestsAnswered(kQuery, 200), 3);
    QVERIFY(sandbox->requestsAnswered(kQuery, 429) >= 1);
    QCOMPARE(run.counts.queries, sandbox->requestsAnswered(kQuery));
    // Three answers at one a second: the waits were kept.
    QVERIFY2(clock.elapsed() >= 1900, QByteArray::number(clock.elapsed()).constData());
}

// Nothing listens: the rows are unavailable and say why, and the preview stops asking after the
// first failures instead of trying every chunk.
void TestBatchPreview::anUnreachableServerMakesEveryRowUnavailableWithTheReason()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(closed.serverPort()));
    closed.close();
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(url));
    qint64 pulled = 0;
    const auto make = [](qint64 i) {
        return PreviewRow {i + 2, QStringLiteral("o%1@new.example").arg(i), {{QStringLiteral("title"), i}}};
    };
    const Run run = preview(p, generated(1000, make, &pulled));
    QVERIFY(run.finished);
    QCOMPARE(run.counts.rows, 1000);
    QCOMPARE(run.counts.unavailable, 1000);
    QVERIFY(run.counts.queries <= BatchPreview::kDefaultInFlight);
    QCOMPARE(run.rows.size(), 1000);
    QVERIFY2(run.rows.last().reason.contains(QStringLiteral("refused")), qPrintable(run.rows.last().reason));
    QCOMPARE(run.rows.last().kind, Kind::Unavailable);
}

void TestBatchPreview::cancelStopsTheQueriesAndReportsNoMoreRows()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    Net::ApiClient client(&m_nam);
    BatchPreview p(&client, at(sandbox->baseUrl()));
    p.setInFlight(1);
    int batches = 0;
    connect(&p, &BatchPreview::rowsPredicted, this, [&] {
        ++batches;
        p.cancel();
    });
    qint64 pulled = 0;
    const auto make = [](qint64 i) {
        return PreviewRow {i + 2, QStringLiteral("x%1@new.example").arg(i), {{QStringLiteral("title"), i}}};
    };
    const Run run = preview(p, generated(1000, make, &pulled));
    QVERIFY(run.finished);
    QVERIFY(run.counts.cancelled);
    QCOMPARE(p.state(), BatchPreview::State::Cancelled);
    QCOMPARE(batches, 1);
    QCOMPARE(run.counts.rows, 100);
    QTest::qWait(300);
    QCOMPARE(batches, 1);
    QVERIFY(sandbox->requestsAnswered(kQuery) <= 2);
}

QTEST_GUILESS_MAIN(TestBatchPreview)
