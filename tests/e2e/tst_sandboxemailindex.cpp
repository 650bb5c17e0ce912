// The sandbox answers `_query` on addresses (contact_emails or email, eq or in) from an index of
// its contacts' addresses. These tests catch an index that falls behind the contacts: an address
// changed, then queried by the old and the new spelling; an address two contacts share (a
// contacts file can hold that) that must stay on both, however either of them is updated.
#include "tst_sandboxhelpers.h"

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AssertDesk::Sandbox;
using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::HttpResult;

namespace {

QJsonObject filter(const char *field, const char *op, const QJsonValue &value)
{
    return QJsonObject {{QStringLiteral("field"), QString::fromLatin1(field)},
                        {QStringLiteral("operator"), QString::fromLatin1(op)},
                        {QStringLiteral("value"), value}};
}

QJsonObject emailRow(const QString &email, bool primary)
{
    return QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("is_primary"), primary}};
}

QString idOf(const HttpResult &r)
{
    return r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
}

// Gives the contact `id` in the contacts file one more address, as a file written by another
// tool (or before addresses were unique) can.
bool addAddressInFile(const QString &path, const QString &id, const QString &email)
{
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.prepare(QStringLiteral("SELECT doc FROM contacts WHERE id = ?"))) {
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                QJsonObject doc = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                QJsonArray emails = doc.value(QStringLiteral("contact_emails")).toArray();
                emails.append(emailRow(email, false));
                doc.insert(QStringLiteral("contact_emails"), emails);
                QSqlQuery update(db);
                update.prepare(QStringLiteral("UPDATE contacts SET doc = ? WHERE id = ?"));
                update.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
                update.addBindValue(id);
                done = update.exec() && update.numRowsAffected() == 1;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return done;
}

} // namespace

class TestSandboxEmailIndex final : public QObject
{
    Q_OBJECT

private:
    void startServer(const QString &dataFile = {})
    {
        m_client.reset();
        m_server.reset();
        SandboxOptions options;
        options.keys = {QString::fromLatin1(kKey)};
        options.dataFile = dataFile;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        m_client = std::make_unique<HttpClient>(m_server->baseUrl(), kKey);
    }

    HttpResult assertContact(const QString &email, const QJsonObject &attributes,
                             const QString &key = QStringLiteral("primary_email"))
    {
        return m_client->post(QStringLiteral("/contact/_assert"), assertBody(email, attributes, key));
    }

    // The ids a query with one filter returns, in the order it gives them.
    QStringList found(const QJsonObject &f)
    {
        const QJsonObject body {{QStringLiteral("filters"), QJsonArray {f}}, {QStringLiteral("limit"), 100}};
        const HttpResult r = m_client->post(QStringLiteral("/contact/_query"), QJsonDocument(body).toJson());
        QStringList ids;
        if (r.status != 200)
            return {QStringLiteral("status %1").arg(r.status)};
        for (const QJsonValue &c : r.json().value(QStringLiteral("data")).toArray())
            ids << c.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_client;

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // An address replaced on a contact is found by its new spelling (any case, spaces around it)
    // and no longer by the old one; the old one, free again, names the contact that takes it.
    void aChangedAddressIsFoundByTheNewOneOnly()
    {
        startServer();
        const HttpResult created
            = assertContact(QStringLiteral("old@x.example"), {{QStringLiteral("title"), QStringLiteral("a")}});
        QCOMPARE(created.status, 201);
        const QString id = idOf(created);
        QCOMPARE(found(filter("contact_emails", "eq", QStringLiteral("OLD@x.example"))), QStringList {id});

        // The new address added, then the old one dropped (an assert keeps the address it matched on).
        QCOMPARE(assertContact(QStringLiteral("old@x.example"),
                               {{QStringLiteral("contact_emails"),
                                 QJsonArray {emailRow(QStringLiteral("old@x.example"), false),
                                             emailRow(QStringLiteral("New@X.example"), true)}}})
                     .status,
                 200);
        const HttpResult moved = assertContact(
            QStringLiteral("new@x.example"),
            {{QStringLiteral("contact_emails"), QJsonArray {emailRow(QStringLiteral("New@X.example"), true)}}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(emailsOf(moved), QStringList {QStringLiteral("New@X.example")});
        for (const char *field : {"contact_emails", "email"}) {
            QCOMPARE(found(filter(field, "eq", QStringLiteral("old@x.example"))), QStringList());
            QCOMPARE(found(filter(field, "in", QJsonArray {QStringLiteral("old@x.example")})), QStringList());
            QCOMPARE(found(filter(field, "eq", QStringLiteral(" new@x.EXAMPLE "))), QStringList {id});
            QCOMPARE(found(filter(field, "in",
                                  QJsonArray {QStringLiteral("old@x.example"), QStringLiteral("NEW@x.example")})),
                     QStringList {id});
        }

        const HttpResult second
            = assertContact(QStringLiteral("old@x.example"), {{QStringLiteral("title"), QStringLiteral("b")}});
        QCOMPARE(second.status, 201); // the old address names no one: a new contact
        const QString secondId = idOf(second);
        QCOMPARE(found(filter("contact_emails", "eq", QStringLiteral("old@x.example"))), QStringList {secondId});
        QCOMPARE(found(filter("contact_emails", "in",
                              QJsonArray {QStringLiteral("new@x.example"), QStringLiteral("old@x.example")})),
                 (QStringList {id, secondId})); // creation order
    }

    // Two contacts a contacts file gives one address are both found by it, so the match stays
    // ambiguous, also after one of them is updated; the address moved off one of them leaves the
    // other alone on it.
    void anAddressOnTwoContactsStaysOnBoth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("contacts.sqlite"));
        startServer(file);
        const QString first
            = idOf(assertContact(QStringLiteral("first@x.example"), {{QStringLiteral("title"), QStringLiteral("1")}}));
        const QString second
            = idOf(assertContact(QStringLiteral("second@x.example"), {{QStringLiteral("title"), QStringLiteral("2")}}));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString shared = QStringLiteral("Shared@x.example");
        const HttpResult withShared = assertContact(
            QStringLiteral("first@x.example"),
            {{QStringLiteral("contact_emails"),
              QJsonArray {emailRow(QStringLiteral("first@x.example"), true), emailRow(shared, false)}}});
        QCOMPARE(withShared.status, 200);
        m_client.reset();
        m_server.reset();
        QVERIFY(addAddressInFile(file, second, QStringLiteral("shared@X.example")));

        startServer(file);
        const QStringList both {first, second};
        QCOMPARE(found(filter("contact_emails", "eq", QStringLiteral("shared@x.example"))), both);
        QCOMPARE(found(filter("email", "in", QJsonArray {QStringLiteral("SHARED@x.example")})), both);

        // An update through the first one's own address leaves the shared one on both. (The
        // second cannot be written while the first has its address: an address is on one contact.)
        QCOMPARE(
            assertContact(QStringLiteral("first@x.example"), {{QStringLiteral("title"), QStringLiteral("1b")}}).status,
            200);
        QCOMPARE(found(filter("contact_emails", "in", QJsonArray {shared})), both);

        // Moved off the first, the address names the second alone.
        QCOMPARE(assertContact(QStringLiteral("first@x.example"),
                               {{QStringLiteral("contact_emails"),
                                 QJsonArray {emailRow(QStringLiteral("first@x.example"), true)}}})
                     .status,
                 200);
        QCOMPARE(found(filter("contact_emails", "eq", shared)), QStringList {second});
        QCOMPARE(found(filter("contact_emails", "in", QJsonArray {shared, QStringLiteral("first@x.example")})), both);
    }

    // Other filters beside an address filter still apply, and a cursor pages through the
    // contacts an address filter names.
    void anAddressFilterCombinesAndPages()
    {
        startServer();
        QJsonArray addresses;
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const QString email = QStringLiteral("p%1@x.example").arg(i);
            addresses.append(email.toUpper());
            ids << idOf(assertContact(
                email, {{QStringLiteral("title"), i % 2 ? QStringLiteral("odd") : QStringLiteral("even")}}));
        }
        QCOMPARE(found(filter("contact_emails", "in", addresses)), ids);
        const QJsonObject body {
            {QStringLiteral("filters"),
             QJsonArray {filter("contact_emails", "in", addresses), filter("title", "eq", QStringLiteral("odd"))}},
            {QStringLiteral("limit"), 100}};
        const HttpResult odd = m_client->post(QStringLiteral("/contact/_query"), QJsonDocument(body).toJson());
        QCOMPARE(odd.json().value(QStringLiteral("data")).toArray().size(), 2);

        QStringList paged;
        QString cursor;
        int pages = 0;
        do {
            QJsonObject page {{QStringLiteral("filters"), QJsonArray {filter("email", "in", addresses)}},
                              {QStringLiteral("limit"), 2}};
            if (!cursor.isEmpty())
                page.insert(QStringLiteral("cursor"), cursor);
            const QJsonObject answer
                = m_client->post(QStringLiteral("/contact/_query"), QJsonDocument(page).toJson()).json();
            for (const QJsonValue &c : answer.value(QStringLiteral("data")).toArray())
                paged << c.toObject().value(QStringLiteral("id")).toString();
            cursor = answer.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty() && ++pages < 10);
        QCOMPARE(paged, ids);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEmailIndex)
#include "tst_sandboxemailindex.moc"
