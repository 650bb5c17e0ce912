#include "endpointresolver.h"
#include "historyservice.h"
#include "hostileserver.h"
#include "keyvault.h"
#include "profileservice.h"
#include "sendcontroller.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;
using Profiles::Profile;
using Secrets::SecretResult;
using Test::HostileServer;

namespace {

// A keychain in a hash, persistent as the real one is, whose entries the test can list.
class HashKeychain final : public Secrets::SecretStore
{
public:
    QHash<QString, QString> keys;

    void read(const QString &profile, Callback done) override
    {
        if (keys.contains(profile))
            done({SecretResult::Status::Ok, keys.value(profile), {}});
        else
            done({SecretResult::Status::NotFound, {}, QStringLiteral("no key")});
    }
    void write(const QString &profile, const QString &key, Callback done) override
    {
        keys.insert(profile, key);
        done({});
    }
    void remove(const QString &profile, Callback done) override
    {
        keys.remove(profile);
        done({});
    }
    bool isPersistent() const override { return true; }
};

QByteArray bearer(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("authorization:"))
            return line.mid(14).trimmed();
    return {};
}

} // namespace

// Whatever a person renames, in whatever order, each key goes to its own host only: three
// hosts, three profiles, renames through the real ProfileService, then a send from every
// profile through the real SendController, EndpointResolver and ApiClient, and the
// Authorization header read as each host received it.
class TestProfileKeys final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

private Q_SLOTS:
    void eachKeyGoesToItsOwnHostAfterRenames_data()
    {
        QTest::addColumn<QStringList>("renames"); // "from>to", "!" at the end: must be refused
        QTest::newRow("chain") << QStringList {QStringLiteral("Alpha>A"), QStringLiteral("A>B"), QStringLiteral("B>C"),
                                               QStringLiteral("C>A2")};
        QTest::newRow("swap through a temporary name")
            << QStringList {QStringLiteral("Alpha>tmp"), QStringLiteral("Beta>Alpha"), QStringLiteral("tmp>Beta")};
        QTest::newRow("rotate three") << QStringList {QStringLiteral("Alpha>t"), QStringLiteral("Gamma>Alpha"),
                                                      QStringLiteral("Beta>Gamma"), QStringLiteral("t>Beta")};
        QTest::newRow("onto a taken name") << QStringList {
            QStringLiteral("Alpha>Beta!"), QStringLiteral("Alpha>gamma!"), QStringLiteral("Beta>ALPHA!")};
        QTest::newRow("case, back and forth") << QStringList {
            QStringLiteral("Alpha>ALPHA"), QStringLiteral("ALPHA>Beta2"), QStringLiteral("Beta>Alpha"),
            QStringLiteral("Beta2>Beta"),  QStringLiteral("Beta>Alpha!"), QStringLiteral("Alpha>alpha")};
    }

    void eachKeyGoesToItsOwnHostAfterRenames()
    {
        QFETCH(QStringList, renames);
        const QString run = m_dir.filePath(QString::number(++m_runs));
        Profiles::ProfileStore store(run + QStringLiteral("/assertdesk.conf"));
        HashKeychain keychain;
        Secrets::KeyVault keys(&keychain);
        Session::ProfileService profiles(&store, &keys);
        History::HistoryService history(run);
        QVERIFY(history.open().result().ok);
        QNetworkAccessManager network;
        Net::ApiClient client(&network);
        Session::EndpointResolver endpoints({}, &keys);
        Session::SendController sender(&endpoints, &client, &history);

        // Three hosts; each profile's key names the host it belongs to.
        std::vector<std::unique_ptr<HostileServer>> hosts;
        QHash<QUrl, QByteArray> keyOfHost;
        const QStringList names {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
        for (const QString &name : names) {
            auto host = std::make_unique<HostileServer>(HostileServer::Behaviour::Raw);
            host->setRawAnswer("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n", false);
            QString error;
            QVERIFY2(host->listen(false, &error), qPrintable(error));
            QVERIFY2(profiles.add(Profile {name, host->baseUrl(), false, 5, false}, &error), qPrintable(error));
            keyOfHost.insert(host->baseUrl(), "key-of-" + host->baseUrl().authority().toUtf8());
            keychain.keys.insert(name, QString::fromUtf8(keyOfHost.value(host->baseUrl())));
            hosts.push_back(std::move(host));
        }

        for (const QString &step : renames) {
            const bool refused = step.endsWith(QLatin1Char('!'));
            const QStringList fromTo = step.chopped(refused ? 1 : 0).split(QLatin1Char('>'));
            Profile renamed = *store.profile(fromTo.at(0));
            renamed.name = fromTo.at(1);
            std::optional<bool> ok;
            QString message;
            QObject context;
            profiles.rename(fromTo.at(0), renamed, &context, [&](bool done, const QString &text) {
                ok = done;
                message = text;
            });
            QVERIFY(QTest::qWaitFor([&] { return ok.has_value(); }, 5000));
            QVERIFY2(*ok == !refused, qPrintable(step + QStringLiteral(": ") + message));
        }

        // Three profiles, three keys, each under a profile's name; nothing left under an old name.
        QList<Profile> accounts;
        for (const Profile &p : store.profiles())
            if (!p.builtIn)
                accounts << p;
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(keychain.keys.size(), 3);
        for (const Profile &p : std::as_const(accounts))
            QVERIFY2(keychain.keys.contains(p.name), qPrintable(p.name));

        // A send from every profile: each host hears only its own key.
        for (const Profile &p : std::as_const(accounts)) {
            QSignalSpy finished(&sender, &Session::SendController::finished);
            QVERIFY(sender.send(p, R"({"match":{"primary_email":"k@x.example"},"attributes":{}})"));
            QVERIFY(finished.wait(10000));
        }
        for (const auto &host : hosts) {
            QCOMPARE(host->requestsReceived(), 1);
            QCOMPARE(bearer(host->heads().constFirst()), "Bearer " + keyOfHost.value(host->baseUrl()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileKeys)
#include "tst_profilekeys.moc"
