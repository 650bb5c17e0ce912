#include "tst_sandboxfaults.h"
#include "tst_sandboxhelpers.h"

#include "httpclient.h"
#include "rawconnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <memory>

using namespace AssertDesk::Sandbox;
using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::HttpResult;
using AssertDesk::Test::RawConnection;

namespace {

const QByteArray kOtherKey = "test-key-other";

std::unique_ptr<SandboxServer> startServer(const QString &rates, quint32 seed, int rateLimit = 0)
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey), QString::fromLatin1(kOtherKey)};
    QString error;
    if (!rates.isEmpty())
        options.faultRates = *RandomFaults::parse(rates, &error);
    options.faultSeed = seed;
    options.rateLimit = rateLimit;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->start(0, &error))
        return nullptr;
    return server;
}

// Within four standard deviations (and two) of what the rate predicts: a fixed seed makes the
// count the same every run, and a broken draw lands far outside.
bool withinReason(int observed, int n, double p)
{
    const double expected = n * p;
    return std::abs(observed - expected) <= 4 * std::sqrt(n * p * (1 - p)) + 2;
}

} // namespace

QList<int> TestSandboxFaults::run(SandboxServer &server, int count, const QString &tag, QStringList *dropped)
{
    QList<int> outcomes;
    auto connection = std::make_unique<RawConnection>();
    connection->open(server.baseUrl());
    qsizetype seen = 0;
    for (int i = 0; i < count; ++i) {
        const QString email = QStringLiteral("%1-%2@faults.example").arg(tag).arg(i);
        connection->write(
            RawConnection::request("POST", "/api/v2/contact/_assert",
                                   "Authorization: Bearer " + kKey + "\r\nContent-Type: application/json\r\n",
                                   assertBody(email, {{QStringLiteral("title"), QStringLiteral("t")}})));
        (void)connection->waitUntil( // a request unanswered in 5 s counts as closed unanswered below
            [&] { return RawConnection::statuses(connection->received()).size() > seen || !connection->isOpen(); },
            5000);
        const QList<int> statuses = RawConnection::statuses(connection->received());
        if (statuses.size() > seen) {
            outcomes << statuses.at(seen++);
            continue;
        }
        outcomes << 0; // closed unanswered
        if (dropped)
            *dropped << email;
        connection = std::make_unique<RawConnection>();
        connection->open(server.baseUrl());
        seen = 0;
    }
    return outcomes;
}

void TestSandboxFaults::faultCountsFollowTheRates()
{
    const auto server = startServer(QStringLiteral("500=0.01,drop=0.01,429=0.02,drop-after=0.01"), 7);
    QVERIFY(server);
    QStringList dropped;
    const QList<int> outcomes = run(*server, 1000, QStringLiteral("rates"), &dropped);
    QCOMPARE(outcomes.size(), 1000);
    const int created = int(outcomes.count(201));
    const int e500 = int(outcomes.count(500));
    const int e429 = int(outcomes.count(429));
    const int closed = int(outcomes.count(0));
    QCOMPARE(created + e500 + e429 + closed, 1000); // nothing else happened

    // Which of the unanswered ones were written: drop-after wrote, drop did not.
    HttpClient client(server->baseUrl(), kKey);
    QJsonArray values;
    for (const QString &e : std::as_const(dropped))
        values.append(e);
    const HttpResult found = client.post(
        QStringLiteral("/contact/_query"),
        QJsonDocument(
            QJsonObject {{QStringLiteral("filters"),
                          QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("contact_emails")},
                                                   {QStringLiteral("operator"), QStringLiteral("in")},
                                                   {QStringLiteral("value"), values}}}},
                         {QStringLiteral("limit"), 100}})
            .toJson());
    const int dropAfter = int(found.json().value(QStringLiteral("data")).toArray().size());
    const int drop = closed - dropAfter;
    qInfo("1000 asserts at 500=0.01, drop=0.01, 429=0.02, drop-after=0.01: %d 500s, %d drops, %d 429s, "
          "%d drop-afters, %d created",
          e500, drop, e429, dropAfter, created);
    QCOMPARE(server->contactCount(), qsizetype(created + dropAfter));
    QVERIFY(withinReason(e500, 1000, 0.01));
    QVERIFY(withinReason(drop, 1000, 0.01));
    QVERIFY(withinReason(e429, 1000, 0.02));
    QVERIFY(withinReason(dropAfter, 1000, 0.01));
    QVERIFY(e500 > 0 && drop > 0 && e429 > 0 && dropAfter > 0);
}

// Two sandboxes with one seed put the same faults on the same requests; another seed does not.
void TestSandboxFaults::theSameSeedGivesTheSameFaults()
{
    const QString rates = QStringLiteral("500=0.05,drop=0.05,429=0.05,drop-after=0.05");
    const auto first = startServer(rates, 42);
    const auto second = startServer(rates, 42);
    const auto other = startServer(rates, 43);
    QVERIFY(first && second && other);
    const QList<int> a = run(*first, 200, QStringLiteral("a"));
    const QList<int> b = run(*second, 200, QStringLiteral("b"));
    const QList<int> c = run(*other, 200, QStringLiteral("c"));
    QVERIFY(a.count(201) < 200); // faults were met
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

// With --rate-limit 5, a key that used its five requests this second is refused, while another
// key, right after, still has all of its own.
void TestSandboxFaults::eachKeyHasItsOwnBudget()
{
    const auto server = startServer({}, 0, 5);
    QVERIFY(server);
    HttpClient first(server->baseUrl(), kKey);
    HttpClient second(server->baseUrl(), kOtherKey);
    QList<int> firstStatuses;
    HttpResult refused;
    for (int i = 0; i < 30 && refused.status != 429; ++i) {
        const HttpResult r = first.get(QStringLiteral("/_schema/contact"));
        firstStatuses << r.status;
        if (r.status == 429)
            refused = r;
    }
    QCOMPARE(refused.status, 429);
    QVERIFY(firstStatuses.count(200) >= 5);
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("rate_limited"));
    QElapsedTimer sinceRefused;
    sinceRefused.start();
    QList<int> secondStatuses;
    for (int i = 0; i < 5; ++i)
        secondStatuses << second.get(QStringLiteral("/_schema/contact")).status;
    QVERIFY2(sinceRefused.elapsed() < 1000, "too slow to tell one budget from two");
    QCOMPARE(secondStatuses, (QList<int> {200, 200, 200, 200, 200}));
    QCOMPARE(second.get(QStringLiteral("/_schema/contact")).status, 429); // its own five are used now
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
