#include "endpointresolver.h"
#include "keyvault.h"
#include "memorysecretstore.h"

#include <QPromise>
#include <QTest>

#include <optional>

using namespace AssertDesk;
using namespace AssertDesk::Secrets;
using namespace AssertDesk::Session;

namespace {

// A keychain that holds its answers until the test releases them, as one waiting to be unlocked.
class SlowKeychain final : public SecretStore
{
public:
    QList<Callback> waiting;
    int reads = 0;

    void read(const QString &, Callback done) override
    {
        ++reads;
        waiting << std::move(done);
    }
    void write(const QString &, const QString &, Callback done) override { done({}); }
    void remove(const QString &, Callback done) override { done({}); }
    bool isPersistent() const override { return true; }

    void answer(const SecretResult &r)
    {
        for (const Callback &done : std::exchange(waiting, {}))
            done(r);
    }
};

Profiles::Profile account()
{
    return {QStringLiteral("Live"), QUrl(QStringLiteral("https://api.example.com/api/v2")), false, 10, false};
}

Profiles::Profile sandboxProfile()
{
    Profiles::Profile p;
    p.name = QStringLiteral("Sandbox");
    p.builtIn = true;
    return p;
}

QFuture<SandboxEndpoint> ready(const SandboxEndpoint &endpoint)
{
    QPromise<SandboxEndpoint> promise;
    promise.start();
    promise.addResult(endpoint);
    promise.finish();
    return promise.future();
}

const SandboxEndpoint kRunning {
    QUrl(QStringLiteral("http://127.0.0.1:40123/api/v2")), QStringLiteral("sbx-key-9f2e"), {}};

// Runs a resolve to its answer (or 5 s), checking that it never answers inside the call.
std::optional<Endpoint> resolveNow(AbstractEndpointResolver &resolver, const Profiles::Profile &profile)
{
    QObject context;
    std::optional<Endpoint> out;
    resolver.resolve(profile, &context, [&](const Endpoint &e) { out = e; });
    if (out)
        return Endpoint {{}, {}, QStringLiteral("answered inside the call"), Endpoint::Problem::Key};
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 5000);
    return out;
}

} // namespace

// Where a profile's requests go: the sandbox at its running address with its session key, an
// account at its URL with the key the vault holds; never answered to a caller that is gone.
class TestEndpointResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxThatRunsGivesItsAddressAndKey()
    {
        int starts = 0;
        EndpointResolver resolver(
            [&] {
                ++starts;
                return ready(kRunning);
            },
            nullptr);
        const auto e = resolveNow(resolver, sandboxProfile());
        QVERIFY(e);
        QVERIFY2(e->ok(), qPrintable(e->error));
        QCOMPARE(e->baseUrl, kRunning.baseUrl);
        QCOMPARE(e->key, kRunning.key);
        QCOMPARE(starts, 1);
    }

    void sandboxThatFailedSaysWhy()
    {
        EndpointResolver resolver([] { return ready({{}, {}, QStringLiteral("port in use")}); }, nullptr);
        const auto e = resolveNow(resolver, sandboxProfile());
        QVERIFY(e);
        QVERIFY(!e->ok());
        QCOMPARE(e->problem, Endpoint::Problem::Sandbox);
        QCOMPARE(e->error, QStringLiteral("The built-in sandbox could not start: port in use"));
        QVERIFY(e->key.isEmpty());

        EndpointResolver noSandbox({}, nullptr);
        const auto none = resolveNow(noSandbox, sandboxProfile());
        QVERIFY(none && none->problem == Endpoint::Problem::Sandbox);
        QCOMPARE(none->error, QStringLiteral("This build has no built-in sandbox."));
    }

    void accountKeyFromTheKeychain()
    {
        MemorySecretStore keychain;
        KeyVault vault(&keychain);
        keychain.write(QStringLiteral("Live"), QStringLiteral("live-key-5678"), [](const SecretResult &) {});
        EndpointResolver resolver([] { return ready(kRunning); }, &vault);
        const auto e = resolveNow(resolver, account());
        QVERIFY(e);
        QVERIFY2(e->ok(), qPrintable(e->error));
        QCOMPARE(e->baseUrl, account().baseUrl); // the account, not the sandbox
        QCOMPARE(e->key, QStringLiteral("live-key-5678"));
    }

    void accountWithoutAKeySaysWhereToSetIt()
    {
        MemorySecretStore keychain;
        KeyVault vault(&keychain);
        EndpointResolver resolver({}, &vault);
        const auto e = resolveNow(resolver, account());
        QVERIFY(e);
        QCOMPARE(e->problem, Endpoint::Problem::Key);
        QVERIFY(e->key.isEmpty());
        QVERIFY2(e->error.contains(QStringLiteral("Live")), qPrintable(e->error));
        QVERIFY2(e->errorWithFix().endsWith(QStringLiteral("Set the key with Profile › API key.")),
                 qPrintable(e->errorWithFix()));

        EndpointResolver noVault({}, nullptr);
        const auto none = resolveNow(noVault, account());
        QVERIFY(none && none->problem == Endpoint::Problem::Key);
    }

    void callerGoneIsNeverCalledBack()
    {
        SlowKeychain keychain;
        KeyVault vault(&keychain);
        QPromise<SandboxEndpoint> starting;
        starting.start();
        EndpointResolver resolver([&] { return starting.future(); }, &vault);
        int called = 0;
        {
            QObject window;
            resolver.resolve(account(), &window, [&](const Endpoint &) { ++called; });
            resolver.resolve(sandboxProfile(), &window, [&](const Endpoint &) { ++called; });
        }
        keychain.answer({SecretResult::Status::Ok, QStringLiteral("late-key"), {}});
        starting.addResult(kRunning);
        starting.finish();
        QTest::qWait(100);
        QCOMPARE(called, 0);

        // Also when the answer was known at once but the caller went before the event loop ran.
        MemorySecretStore memory;
        KeyVault quick(&memory);
        EndpointResolver atOnce({}, &quick);
        auto *window = new QObject;
        atOnce.resolve(account(), window, [&](const Endpoint &) { ++called; });
        delete window;
        QTest::qWait(50);
        QCOMPARE(called, 0);
    }

    void locateGivesTheAddressWithoutReadingAKey()
    {
        SlowKeychain keychain;
        KeyVault vault(&keychain);
        bool sandboxUp = true;
        EndpointResolver resolver(
            [&] {
                return ready(sandboxUp ? kRunning : SandboxEndpoint {{}, {}, QStringLiteral("no")});
            },
            &vault);
        QObject context;
        QUrl located;
        const auto locate = [&](const Profiles::Profile &p) {
            located.clear();
            resolver.locate(p, &context, [&](const QUrl &url) { located = url; });
            (void)QTest::qWaitFor([&] { return !located.isEmpty(); }, 5000);
            return located;
        };
        QCOMPARE(locate(account()), account().baseUrl);
        QCOMPARE(keychain.reads, 0);
        QCOMPARE(locate(sandboxProfile()), kRunning.baseUrl); // the running sandbox's own address
        sandboxUp = false;
        QCOMPARE(locate(sandboxProfile()), EndpointResolver::sandboxPlaceholderUrl());
    }
};

QTEST_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
