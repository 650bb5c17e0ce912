#include "hostileserver.h"
#include "sandboxprocess.h"
#include "secretwait.h"

#include "apiclient.h"
#include "contactlookup.h"
#include "endpointresolver.h"
#include "keyvault.h"
#include "memorysecretstore.h"
#include "seeddata.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace AssertDesk;
using Session::ContactLookup;

namespace {

const QString kKey = QStringLiteral("lookup-test-key-7d21");
const QString kReadOnlyKey = QStringLiteral("lookup-read-only-key-5e0a");
constexpr int kSeeded = 25;

QFuture<Session::SandboxEndpoint> ready(const Session::SandboxEndpoint &endpoint)
{
    QPromise<Session::SandboxEndpoint> promise;
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

Profiles::Profile account(const QString &name, const QUrl &base, int timeoutSeconds = 10)
{
    return {name, base, false, timeoutSeconds, false};
}

// The seeded contact's addresses: its primary, then the others.
QStringList addressesOf(const QJsonObject &seed)
{
    QStringList out;
    for (const QJsonValue &row : seed.value(QLatin1String("contact_emails")).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value(QLatin1String("is_primary")).toBool())
            out.prepend(r.value(QLatin1String("email")).toString());
        else
            out.append(r.value(QLatin1String("email")).toString());
    }
    return out;
}

QString nameOf(const QJsonObject &seed)
{
    return seed.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + seed.value(QLatin1String("last_name")).toString();
}

// Waits until the search under way has ended, as found or failed.
bool settled(const ContactLookup &lookup)
{
    return QTest::qWaitFor([&] { return lookup.state() != ContactLookup::State::Searching; }, 20000);
}

} // namespace

// Finding a contact, against the real sandbox executable seeded as the app seeds it: by any of
// its addresses as a person types it, by name, by id, a page at a time; with a key that may only
// read; and every way it can fail said in a sentence.
class TestContactLookup final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Net::ApiClient> m_client;
    std::unique_ptr<Session::EndpointResolver> m_resolver;
    QList<QJsonObject> m_seeds;

    // The seeded contacts whose name holds `text`, without regard to case.
    int namesHolding(const QString &text) const
    {
        return int(std::count_if(m_seeds.cbegin(), m_seeds.cend(),
                                 [&](const QJsonObject &s) { return nameOf(s).contains(text, Qt::CaseInsensitive); }));
    }

    // The built-in sandbox profile, resolved to the process under test with `key`.
    std::unique_ptr<Session::EndpointResolver> sandboxWithKey(const QString &key) const
    {
        const QUrl base = m_sandbox->baseUrl();
        return std::make_unique<Session::EndpointResolver>([base, key] { return ready({base, key, {}}); }, nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Test::SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
        QVERIFY2(m_sandbox->start({QStringLiteral("--key"), kKey, QStringLiteral("--read-only-key"), kReadOnlyKey,
                                   QStringLiteral("--seed"), QString::number(kSeeded)}),
                 qPrintable(m_sandbox->firstLine()));
        m_client = std::make_unique<Net::ApiClient>(&m_nam);
        m_resolver = sandboxWithKey(kKey);
        // The same people the process seeded: the seed gives the same names and addresses every time.
        m_seeds = Sandbox::SeedData::contacts(kSeeded);
    }

    void kindIsReadFromTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("address") << " Sarah.Chen@Acme.com " << int(ContactLookup::Kind::Email);
        QTest::newRow("name") << "Sarah Chen" << int(ContactLookup::Kind::Name);
        QTest::newRow("an @ inside a name") << "sarah @ acme" << int(ContactLookup::Kind::Name);
        QTest::newRow("id") << "0f8c2a4e-1b7d-4c3e-9a5f-6d2e8b1c7a90" << int(ContactLookup::Kind::Id);
        QTest::newRow("id in braces") << "{0F8C2A4E-1B7D-4C3E-9A5F-6D2E8B1C7A90}" << int(ContactLookup::Kind::Id);
        QTest::newRow("blank") << "   " << int(ContactLookup::Kind::Nothing);
    }

    void kindIsReadFromTheText()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(ContactLookup::kindOf(text)), kind);
    }

    void aSecondaryAddressInOddCaseWithSpacesFindsItsContact()
    {
        const QJsonObject seed = m_seeds.at(3);
        const QStringList addresses = addressesOf(seed);
        QVERIFY(addresses.size() >= 2);
        QString typed = addresses.at(1);
        for (qsizetype i = 0; i < typed.size(); i += 2)
            typed[i] = typed.at(i).toUpper();
        typed = QStringLiteral("  ") + typed + QStringLiteral(" \t");

        ContactLookup lookup(m_resolver.get(), m_client.get());
        lookup.search(sandboxProfile(), typed);
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QCOMPARE(lookup.kind(), ContactLookup::Kind::Email);
        QCOMPARE(lookup.results().size(), 1);
        const Session::FoundContact &c = lookup.results().first();
        QCOMPARE(c.name, nameOf(seed));
        QCOMPARE(c.primaryEmail, addresses.first()); // the list shows the primary, not the address typed
        QVERIFY(!c.stage.isEmpty());
        QVERIFY(!c.stage.contains(QLatin1Char('_'))); // the stage's display value, not its api_name
        QVERIFY(c.updatedAt.isValid());
        QVERIFY(!lookup.hasMore());
    }

    void anAddressNobodyHasFindsNothing()
    {
        ContactLookup lookup(m_resolver.get(), m_client.get());
        lookup.search(sandboxProfile(), QStringLiteral("nobody.here@nowhere.example"));
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QVERIFY(lookup.results().isEmpty());
    }

    void aNameFindsEveryContactHoldingIt()
    {
        const QJsonObject seed = m_seeds.at(0);
        const QString last = seed.value(QLatin1String("last_name")).toString();
        const int expected = namesHolding(last);
        ContactLookup lookup(m_resolver.get(), m_client.get());
        lookup.search(sandboxProfile(), last.toLower());
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QCOMPARE(lookup.kind(), ContactLookup::Kind::Name);
        QCOMPARE(lookup.results().size(), expected); // merged from three queries, each contact once
        for (const Session::FoundContact &c : lookup.results())
            QVERIFY2(c.name.contains(last, Qt::CaseInsensitive), qPrintable(c.name));

        // First and last name typed whole, as a person writes it.
        lookup.search(sandboxProfile(), QStringLiteral(" %1 ").arg(nameOf(seed).toUpper()));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.results().size(), namesHolding(nameOf(seed)));
        QVERIFY(std::any_of(lookup.results().cbegin(), lookup.results().cend(), [&](const Session::FoundContact &c) {
            return c.primaryEmail == addressesOf(seed).first();
        }));
    }

    void anIdReadsThatContact()
    {
        ContactLookup lookup(m_resolver.get(), m_client.get());
        const QString address = addressesOf(m_seeds.at(7)).first();
        lookup.search(sandboxProfile(), address);
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.results().size(), 1);
        const QString id = lookup.results().first().id;
        QVERIFY(ContactLookup::kindOf(id) == ContactLookup::Kind::Id);

        lookup.search(sandboxProfile(), QStringLiteral(" %1 ").arg(id));
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QCOMPARE(lookup.kind(), ContactLookup::Kind::Id);
        QCOMPARE(lookup.results().size(), 1);
        QCOMPARE(lookup.results().first().id, id);
        QCOMPARE(lookup.results().first().primaryEmail, address);
        QVERIFY(!lookup.hasMore());

        lookup.search(sandboxProfile(), QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error())); // none, not an error
        QVERIFY(lookup.results().isEmpty());
    }

    void openingAResultReadsTheWholeContact()
    {
        ContactLookup lookup(m_resolver.get(), m_client.get());
        const QStringList addresses = addressesOf(m_seeds.at(5));
        lookup.search(sandboxProfile(), addresses.last());
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.results().size(), 1);
        QSignalSpy read(&lookup, &ContactLookup::contactRead);
        lookup.read(lookup.results().first().id);
        QVERIFY(read.wait(20000));
        const auto contact = lookup.contact();
        QVERIFY(contact && contact->isValid());
        QCOMPARE(contact->recordId(), lookup.results().first().id);
        const Contract::TypedValue *emails = contact->attribute(QStringLiteral("contact_emails"));
        QVERIFY(emails);
    }

    void moreLoadsTheNextPageUntilThereIsNone()
    {
        const QString letter = QStringLiteral("e");
        const int expected = namesHolding(letter);
        QVERIFY(expected > 4);
        ContactLookup lookup(m_resolver.get(), m_client.get());
        lookup.setPageSize(2);
        QSignalSpy found(&lookup, &ContactLookup::found);
        lookup.search(sandboxProfile(), letter);
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QVERIFY(lookup.results().size() <= 3 * 2); // one page of each of the three queries
        QVERIFY(lookup.hasMore());
        int pages = 1;
        while (lookup.hasMore() && pages < 50) {
            lookup.loadMore();
            QCOMPARE(lookup.state(), ContactLookup::State::Searching);
            QVERIFY(settled(lookup));
            QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
            ++pages;
        }
        QVERIFY(pages > 2);
        QCOMPARE(lookup.results().size(), expected);
        QSet<QString> ids;
        for (const Session::FoundContact &c : lookup.results())
            ids.insert(c.id);
        QCOMPARE(ids.size(), expected); // each contact once, whichever queries found it
        int announced = 0;
        for (const QList<QVariant> &signal : std::as_const(found))
            announced += signal.at(1).toInt();
        QCOMPARE(announced, expected);
    }

    void aKeyThatMayOnlyReadFindsAndOpens()
    {
        auto resolver = sandboxWithKey(kReadOnlyKey);
        ContactLookup lookup(resolver.get(), m_client.get());
        lookup.search(sandboxProfile(), addressesOf(m_seeds.at(2)).first());
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QCOMPARE(lookup.results().size(), 1);
        QSignalSpy read(&lookup, &ContactLookup::contactRead);
        lookup.read(lookup.results().first().id);
        QVERIFY(read.wait(20000));
    }

    void anAccountProfileUsesTheKeyItHolds()
    {
        Secrets::MemorySecretStore keychain;
        Secrets::KeyVault vault(&keychain);
        const auto saved = Test::waitForSecret(
            [&](Secrets::SecretStore::Callback cb) { keychain.write(QStringLiteral("Local"), kKey, std::move(cb)); });
        QVERIFY(saved.ok());
        Session::EndpointResolver resolver({}, &vault);
        ContactLookup lookup(&resolver, m_client.get());
        lookup.search(account(QStringLiteral("Local"), m_sandbox->baseUrl()), nameOf(m_seeds.at(1)));
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QVERIFY(!lookup.results().isEmpty());
        QCOMPARE(lookup.profileName(), QStringLiteral("Local"));
    }

    void aRefusedKeyIsSaid()
    {
        auto resolver = sandboxWithKey(QStringLiteral("not-a-key-of-this-sandbox"));
        ContactLookup lookup(resolver.get(), m_client.get());
        QSignalSpy states(&lookup, &ContactLookup::stateChanged);
        lookup.search(sandboxProfile(), QStringLiteral("chen"));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QVERIFY2(lookup.error().contains(QStringLiteral("did not accept the key"))
                     && lookup.error().contains(QStringLiteral("401"))
                     && lookup.error().contains(QStringLiteral("API key")),
                 qPrintable(lookup.error()));
        QVERIFY(lookup.results().isEmpty());
        QVERIFY(!lookup.hasMore()); // nothing to load more of after a search that failed
        // Three queries were refused; the person is told once.
        QCOMPARE(states.count(), 2); // searching, failed
    }

    void anUnreachableServerIsSaid()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        Secrets::MemorySecretStore keychain;
        Secrets::KeyVault vault(&keychain);
        QVERIFY(Test::waitForSecret([&](Secrets::SecretStore::Callback cb) {
                    keychain.write(QStringLiteral("Gone"), kKey, std::move(cb));
                }).ok());
        Session::EndpointResolver resolver({}, &vault);
        ContactLookup lookup(&resolver, m_client.get());
        lookup.search(account(QStringLiteral("Gone"), QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(port))),
                      QStringLiteral("someone@example.com"));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QVERIFY2(lookup.error().startsWith(QStringLiteral("The search did not reach the server: ")),
                 qPrintable(lookup.error()));
        QVERIFY2(!lookup.error().contains(QStringLiteral("may or may not")), qPrintable(lookup.error()));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        Test::HostileServer silent(Test::HostileServer::Behaviour::Silent);
        QString error;
        QVERIFY2(silent.listen(false, &error), qPrintable(error));
        Session::EndpointResolver resolver([&] { return ready({silent.baseUrl(), kKey, {}}); }, nullptr);
        ContactLookup lookup(&resolver, m_client.get());
        Profiles::Profile quick = sandboxProfile();
        quick.timeoutSeconds = 1;
        lookup.search(quick, QStringLiteral("someone@example.com"));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QVERIFY2(lookup.error().contains(QStringLiteral("No answer to the search within 1 s"))
                     && lookup.error().contains(QStringLiteral("A search changes nothing")),
                 qPrintable(lookup.error()));
    }

    void anAnswerOfAnotherShapeIsSaid()
    {
        Test::HostileServer odd(Test::HostileServer::Behaviour::Raw);
        const QByteArray body = "{\"data\":{\"contacts\":\"\\u001b]0;pwned\\u0007\"}}";
        odd.setRawAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                         false);
        QString error;
        QVERIFY2(odd.listen(false, &error), qPrintable(error));
        Session::EndpointResolver resolver([&] { return ready({odd.baseUrl(), kKey, {}}); }, nullptr);
        ContactLookup lookup(&resolver, m_client.get());
        lookup.search(sandboxProfile(), QStringLiteral("someone@example.com"));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QVERIFY2(lookup.error().contains(QStringLiteral("not a list of contacts")), qPrintable(lookup.error()));
    }

    void aServerErrorNamesTheServersMessageSafely()
    {
        Test::HostileServer odd(Test::HostileServer::Behaviour::Raw);
        const QByteArray body = "{\"error\":{\"code\":\"boom\",\"message\":\"down\\u001b[2J for maintenance\"}}";
        odd.setRawAnswer("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                         false);
        QString error;
        QVERIFY2(odd.listen(false, &error), qPrintable(error));
        Session::EndpointResolver resolver([&] { return ready({odd.baseUrl(), kKey, {}}); }, nullptr);
        ContactLookup lookup(&resolver, m_client.get());
        lookup.search(sandboxProfile(), QStringLiteral("someone@example.com"));
        QVERIFY(settled(lookup));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QVERIFY2(lookup.error().contains(QStringLiteral("503")) && lookup.error().contains(QStringLiteral("boom")),
                 qPrintable(lookup.error()));
        QVERIFY2(!lookup.error().contains(QChar(0x1b)), qPrintable(lookup.error())); // shown, never obeyed
        QVERIFY2(!lookup.error().contains(QStringLiteral("may or may not")), qPrintable(lookup.error()));
    }

    void aNewSearchDropsTheOneUnderWay()
    {
        Test::HostileServer silent(Test::HostileServer::Behaviour::Silent);
        QString error;
        QVERIFY2(silent.listen(false, &error), qPrintable(error));
        // One lookup, whose profile changes between searches: the first goes to a server that hangs.
        bool toSilent = true;
        const QUrl base = m_sandbox->baseUrl();
        Session::EndpointResolver either(
            [&] {
                return ready({toSilent ? silent.baseUrl() : base, kKey, {}});
            },
            nullptr);
        ContactLookup lookup(&either, m_client.get());
        QSignalSpy states(&lookup, &ContactLookup::stateChanged);
        Profiles::Profile quick = sandboxProfile();
        quick.timeoutSeconds = 2;
        lookup.search(quick, QStringLiteral("someone@example.com"));
        QTRY_COMPARE_WITH_TIMEOUT(silent.requestsReceived(), 1, 10000);
        toSilent = false;
        const QString address = addressesOf(m_seeds.at(4)).first();
        lookup.search(quick, address);
        QVERIFY(settled(lookup));
        QVERIFY2(lookup.state() == ContactLookup::State::Done, qPrintable(lookup.error()));
        QCOMPARE(lookup.results().size(), 1);
        QCOMPARE(lookup.results().first().primaryEmail, address);
        QTest::qWait(2500); // past the first search's deadline: its end is not reported
        QCOMPARE(lookup.state(), ContactLookup::State::Done);
        for (const QList<QVariant> &s : std::as_const(states))
            QVERIFY(s.at(0).value<ContactLookup::State>() != ContactLookup::State::Failed);
    }

    void blankTextAsksForSomething()
    {
        ContactLookup lookup(m_resolver.get(), m_client.get());
        lookup.search(sandboxProfile(), QStringLiteral("  "));
        QCOMPARE(lookup.state(), ContactLookup::State::Failed);
        QCOMPARE(lookup.error(), QStringLiteral("Type an email address, a name or a contact id."));
    }
};

QTEST_MAIN(TestContactLookup)
#include "tst_contactlookup.moc"
