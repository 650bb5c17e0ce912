#include "apiclient.h"
#include "endpointresolver.h"
#include "keyvault.h"
#include "memorysecretstore.h"
#include "sandboxserver.h"
#include "schemafetcher.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QTest>

#include <optional>

using namespace AssertDesk;
using namespace AssertDesk::Session;

namespace {

const QString kKey = QStringLiteral("schema-test-key-41c9");

QFuture<SandboxEndpoint> ready(const SandboxEndpoint &endpoint)
{
    QPromise<SandboxEndpoint> promise;
    promise.start();
    promise.addResult(endpoint);
    promise.finish();
    return promise.future();
}

Profiles::Profile sandboxProfile()
{
    Profiles::Profile p;
    p.name = QStringLiteral("Sandbox");
    p.builtIn = true;
    return p;
}

} // namespace

// A workspace's schema read through the profile's endpoint and merged into the field catalogue,
// against the real sandbox server in this process; or a clear reason why not.
class TestSchemaFetcher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Net::ApiClient> m_client;
    Secrets::MemorySecretStore m_keychain;
    std::unique_ptr<Secrets::KeyVault> m_vault;

    std::optional<SchemaFetcher::Result> fetch(SchemaFetcher &fetcher, const Profiles::Profile &profile)
    {
        QObject context;
        std::optional<SchemaFetcher::Result> out;
        fetcher.fetch(profile, &context, [&](const SchemaFetcher::Result &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qWarning("no answer within 20 s");
        return out;
    }

    Profiles::Profile account() const { return {QStringLiteral("Workspace"), m_server->baseUrl(), false, 10, false}; }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::SandboxOptions o;
        o.keys = {kKey};
        m_server = std::make_unique<Sandbox::SandboxServer>(o);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        m_client = std::make_unique<Net::ApiClient>(&m_nam);
        m_vault = std::make_unique<Secrets::KeyVault>(&m_keychain);
    }

    void theSandboxSchemaAddsItsCustomField()
    {
        EndpointResolver resolver([this] { return ready({m_server->baseUrl(), kKey, {}}); }, nullptr);
        SchemaFetcher fetcher(&resolver, m_client.get());
        QVERIFY(!Contract::FieldCatalogue::builtIn().field(QStringLiteral("lead_source")));
        const auto r = fetch(fetcher, sandboxProfile());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error));
        QVERIFY(r->catalogue.isAuthoritative());
        const Contract::FieldSpec *lead = r->catalogue.field(QStringLiteral("lead_source"));
        QVERIFY(lead);
        QVERIFY(lead->custom);
        QCOMPARE(r->customFields, 1);
        QCOMPARE(r->writableFields, int(r->catalogue.writableFields().size()));
    }

    void anAccountReadsWithTheKeyItHolds()
    {
        m_keychain.write(QStringLiteral("Workspace"), kKey, [](const Secrets::SecretResult &) {});
        EndpointResolver resolver({}, m_vault.get());
        SchemaFetcher fetcher(&resolver, m_client.get());
        const auto r = fetch(fetcher, account());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error));
        QCOMPARE(r->customFields, 1);
    }

    void aRefusedKeyLeavesTheBuiltInCatalogue()
    {
        m_keychain.write(QStringLiteral("Workspace"), QStringLiteral("wrong-key-0000"),
                         [](const Secrets::SecretResult &) {});
        EndpointResolver resolver({}, m_vault.get());
        SchemaFetcher fetcher(&resolver, m_client.get());
        const auto r = fetch(fetcher, account());
        QVERIFY(r);
        QVERIFY(!r->ok());
        QVERIFY2(r->error.startsWith(QStringLiteral("The schema could not be read: ")), qPrintable(r->error));
        QVERIFY2(r->error.contains(QStringLiteral("401")), qPrintable(r->error));
        QVERIFY(!r->catalogue.field(QStringLiteral("lead_source")));
        QVERIFY(!r->catalogue.isAuthoritative());
    }

    void noKeyOrNoSandboxSaysSoWithoutAsking()
    {
        Secrets::MemorySecretStore empty;
        Secrets::KeyVault vault(&empty);
        EndpointResolver resolver([] { return ready({{}, {}, QStringLiteral("the port is taken")}); }, &vault);
        SchemaFetcher fetcher(&resolver, m_client.get());
        const auto noKey = fetch(fetcher, account());
        QVERIFY(noKey && !noKey->ok());
        QVERIFY2(noKey->error.endsWith(QStringLiteral("Set the key with Profile › API key.")),
                 qPrintable(noKey->error));
        const auto noSandbox = fetch(fetcher, sandboxProfile());
        QVERIFY(noSandbox && !noSandbox->ok());
        QCOMPARE(noSandbox->error, QStringLiteral("The built-in sandbox could not start: the port is taken"));
    }

    void aCallerGoneGetsNoAnswer()
    {
        EndpointResolver resolver([this] { return ready({m_server->baseUrl(), kKey, {}}); }, nullptr);
        SchemaFetcher fetcher(&resolver, m_client.get());
        int answers = 0;
        auto *window = new QObject;
        fetcher.fetch(sandboxProfile(), window, [&](const SchemaFetcher::Result &) { ++answers; });
        delete window; // closed before the endpoint is known
        QTest::qWait(500);
        QCOMPARE(answers, 0);
    }
};

QTEST_MAIN(TestSchemaFetcher)
#include "tst_schemafetcher.moc"
