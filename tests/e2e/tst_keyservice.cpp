#include "apiclient.h"
#include "endpointresolver.h"
#include "keyservice.h"
#include "keyvault.h"
#include "memorysecretstore.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QTest>

#include <optional>

using namespace AssertDesk;
using namespace AssertDesk::Session;

namespace {

const QString kKey = QStringLiteral("keyservice-test-key-7d21");

} // namespace

// A profile's key as the key dialog manages it, without the dialog: named by its last four
// characters only, saved, tested against the real sandbox server in this process, forgotten.
class TestKeyService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Net::ApiClient> m_client;

    static KeyService::Answer wait(const std::function<void(QObject *, KeyService::Done)> &op)
    {
        QObject context;
        std::optional<KeyService::Answer> out;
        op(&context, [&](const KeyService::Answer &a) { out = a; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return {false, QStringLiteral("no answer within 20 s")};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::SandboxOptions o;
        o.keys = {kKey};
        m_server = std::make_unique<Sandbox::SandboxServer>(o);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        m_client = std::make_unique<Net::ApiClient>(&m_nam);
    }

    void saveTestForget()
    {
        Secrets::MemorySecretStore keychain;
        Secrets::KeyVault vault(&keychain);
        EndpointResolver resolver({}, &vault);
        KeyService keys(&vault, &resolver, m_client.get());
        const Profiles::Profile live {QStringLiteral("Live"), m_server->baseUrl(), false, 10, false};

        const auto none = wait([&](QObject *c, auto d) { keys.describe(live, c, d); });
        QVERIFY(!none.ok);
        const auto untested = wait([&](QObject *c, auto d) { keys.test(live, {}, c, d); });
        QVERIFY(!untested.ok); // nothing saved, nothing typed

        const auto saved = wait([&](QObject *c, auto d) { keys.save(live, QStringLiteral("  ") + kKey, c, d); });
        QVERIFY(saved.ok);
        QCOMPARE(saved.text, QStringLiteral("Saved in the system keychain."));
        const auto shown = wait([&](QObject *c, auto d) { keys.describe(live, c, d); });
        QVERIFY(shown.ok);
        QCOMPARE(shown.text, QStringLiteral("a key ending in %1").arg(kKey.right(4)));
        QVERIFY(!shown.text.contains(kKey));

        const auto accepted = wait([&](QObject *c, auto d) { keys.test(live, {}, c, d); });
        QVERIFY2(accepted.ok, qPrintable(accepted.text));
        QCOMPARE(accepted.text, QStringLiteral("The server accepted the key."));
        // A typed key is tested rather than the saved one.
        const auto refused = wait([&](QObject *c, auto d) { keys.test(live, QStringLiteral("wrong-key-1234"), c, d); });
        QVERIFY(!refused.ok);
        QVERIFY2(refused.text.startsWith(QStringLiteral("The server refused the key: 401")), qPrintable(refused.text));

        const auto forgotten = wait([&](QObject *c, auto d) { keys.forget(live, c, d); });
        QCOMPARE(forgotten.text, QStringLiteral("The key is forgotten."));
        QVERIFY(!wait([&](QObject *c, auto d) { keys.describe(live, c, d); }).ok);
    }

    void theSandboxIsTestedWithItsSessionKey()
    {
        EndpointResolver resolver(
            [this] {
                QPromise<SandboxEndpoint> p;
                p.start();
                p.addResult(SandboxEndpoint {m_server->baseUrl(), kKey, {}});
                p.finish();
                return p.future();
            },
            nullptr);
        KeyService keys(nullptr, &resolver, m_client.get());
        Profiles::Profile sandbox;
        sandbox.name = QStringLiteral("Sandbox");
        sandbox.builtIn = true;
        const auto accepted = wait([&](QObject *c, auto d) { keys.test(sandbox, QStringLiteral("typed"), c, d); });
        QVERIFY2(accepted.ok, qPrintable(accepted.text));
    }
};

QTEST_MAIN(TestKeyService)
#include "tst_keyservice.moc"
