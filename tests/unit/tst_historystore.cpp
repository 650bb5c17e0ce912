#include "tst_historystore.h"

#include "historyexport.h"
#include "historymodel.h"
#include "historyservice.h"
#include "historystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

const QString kCanary = QStringLiteral("canary-key-9f8e7d");

HistoryIntent intent(const QString &email, const QString &first = QStringLiteral("Sarah"),
                     const QString &profile = QStringLiteral("Sandbox"))
{
    HistoryIntent i;
    i.profile = profile;
    i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
    i.requestBody
        = QJsonDocument(
              QJsonObject {{QStringLiteral("match"), QJsonObject {{QStringLiteral("primary_email"), email}}},
                           {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("first_name"), first}}}})
              .toJson(QJsonDocument::Compact);
    i.matchKey = QStringLiteral("primary_email");
    i.matchValue = email;
    i.sentAt = QDateTime::currentDateTimeUtc();
    return i;
}

SendResult created(const QString &id, const QString &email, int status = 201)
{
    SendResult r;
    r.outcome = Outcome::Succeeded;
    r.httpStatus = status;
    r.elapsedMs = 12;
    r.headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "session=secret"}, {"X-Request-Id", "req-1"}};
    const QString action = status == 201 ? QStringLiteral("created") : QStringLiteral("updated");
    const QJsonObject matched = status == 201 ? QJsonObject() : QJsonObject {{QStringLiteral("contact_emails"), email}};
    r.body = QJsonDocument(
                 QJsonObject {
                     {QStringLiteral("data"),
                      QJsonObject {
                          {QStringLiteral("id"), id},
                          {QStringLiteral("attributes"),
                           QJsonObject {{QStringLiteral("last_name"),
                                         QJsonObject {{QStringLiteral("value"), QStringLiteral("Chen")},
                                                      {QStringLiteral("value_type"), QStringLiteral("string")}}}}}}},
                     {QStringLiteral("meta"),
                      QJsonObject {{QStringLiteral("action"), action}, {QStringLiteral("matched_on"), matched}}}})
                 .toJson(QJsonDocument::Compact);
    r.answeredAt = QDateTime::currentDateTimeUtc();
    return r;
}

SendResult rejected(const char *code)
{
    SendResult r;
    r.outcome = Outcome::Rejected;
    r.httpStatus = 422;
    r.body = QByteArray(R"({"error":{"code":")") + code + R"(","message":"nope"}})";
    return r;
}

} // namespace

qint64 TestHistoryStore::record(HistoryStore &store, const HistoryIntent &i, const SendResult &r)
{
    QString e;
    const qint64 id = store.beginAttempt(i, &e);
    if (id <= 0)
        qWarning() << e;
    if (!store.completeAttempt(id, r, &e))
        qWarning() << e;
    return id;
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistoryStore::opensPrivateWalDatabaseAtCurrentSchema()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.mode(), HistoryStore::Mode::ReadWrite);
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
        | QFile::ExeOther;
    QCOMPARE(QFile::permissions(dataDir()) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(dataDir()) & QFile::ExeOwner);
    record(store, intent(QStringLiteral("a@x.example")), created(QStringLiteral("c1"), QStringLiteral("a@x.example")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QString f = store.databasePath() + suffix;
        if (!QFile::exists(f))
            continue;
        QCOMPARE(QFile::permissions(f) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(f) & QFile::ReadOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(store.databasePath());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestHistoryStore::attemptIsRecordedBeforeAndCompletedAfter()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(store.open(&error));
    const HistoryIntent i = intent(QStringLiteral("sarah@acme.example"));
    const qint64 id = store.beginAttempt(i, &error);
    QVERIFY(id > 0);
    auto inFlight = store.record(id);
    QCOMPARE(inFlight->state, QStringLiteral("in_flight"));
    QCOMPARE(inFlight->requestBody, i.requestBody); // exactly as sent
    QVERIFY(
        store.completeAttempt(id, created(QStringLiteral("cid-1"), QStringLiteral("sarah@acme.example"), 200), &error));
    const auto done = store.record(id);
    QCOMPARE(done->state, QStringLiteral("complete"));
    QCOMPARE(done->outcome, QStringLiteral("succeeded"));
    QCOMPARE(done->httpStatus, 200);
    QCOMPARE(done->contactId, QStringLiteral("cid-1"));
    QCOMPARE(done->action, QStringLiteral("updated"));
    QCOMPARE(done->matchedOn.value(QStringLiteral("contact_emails")).toString(), QStringLiteral("sarah@acme.example"));
    QCOMPARE(done->durationMs, 12);
    QCOMPARE(done->responseHeaders.value(QStringLiteral("x-request-id")).toString(), QStringLiteral("req-1"));
    QVERIFY(!done->responseHeaders.contains(QStringLiteral("set-cookie")));
    QCOMPARE(done->appVersion, QStringLiteral(ASSERTDESK_TEST_VERSION));
}

void TestHistoryStore::largeBodiesAreCompressedAndCapped()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(store.open(&error));
    SendResult big = created(QStringLiteral("big"), QStringLiteral("b@x.example"));
    big.body = big.body.left(big.body.size() - 1) + R"(,"pad":")" + QByteArray(500 * 1024, 'x') + "\"}";
    const qint64 id = record(store, intent(QStringLiteral("b@x.example")), big);
    QCOMPARE(store.record(id)->responseBody, big.body);
    QCOMPARE(store.record(id)->contactId, QStringLiteral("big"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
    db.setDatabaseName(store.databasePath());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(
        q.exec(QStringLiteral("SELECT length(response_body), response_compressed FROM asserts WHERE id = %1").arg(id))
        && q.next());
    QVERIFY(q.value(0).toLongLong() < 64 * 1024);
    QCOMPARE(q.value(1).toInt(), 1);
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("size"));

    SendResult huge = big;
    huge.body = QByteArray(HistoryStore::kMaxStoredBody + 1000, 'y');
    const qint64 hugeId = record(store, intent(QStringLiteral("h@x.example")), huge);
    const auto r = store.record(hugeId);
    QVERIFY(r->responseTruncated);
    QCOMPARE(r->responseSize, huge.body.size());
    QCOMPARE(r->responseBody.size(), HistoryStore::kMaxStoredBody);
}

void TestHistoryStore::searchFiltersAndTimeline()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(store.open(&error));
    record(store, intent(QStringLiteral("sarah.chen@acme.example")),
           created(QStringLiteral("c-sarah"), QStringLiteral("x")));
    record(store, intent(QStringLiteral("SARAH.CHEN@acme.example"), QStringLiteral("Sarah")),
           created(QStringLiteral("c-sarah"), QStringLiteral("sarah.chen@acme.example"), 200));
    record(store, intent(QStringLiteral("tom@initech.example"), QStringLiteral("Tom"), QStringLiteral("Reevo")),
           rejected("unknown_field"));
    record(store, intent(QStringLiteral("zoe@hooli.example"), QStringLiteral("Zoe")),
           created(QStringLiteral("c-zoe"), QStringLiteral("x")));

    const auto count = [&](HistoryFilter f) { return store.list(f, 100).size(); };
    HistoryFilter f;
    f.text = QStringLiteral("sarah.chen@acme.example");
    QCOMPARE(count(f), 2);
    f.text = QStringLiteral("chen"); // a surname from the response
    QCOMPARE(count(f), 3);           // every created/updated response here names Chen
    f.text = QStringLiteral("Tom");
    QCOMPARE(count(f), 1);
    f.text = QStringLiteral("c-zoe");
    QCOMPARE(count(f), 1);
    f.text = QStringLiteral("unknown_field");
    QCOMPARE(count(f), 1);
    f.text = QStringLiteral("initech");
    QCOMPARE(count(f), 1);
    f.text = QStringLiteral("nobody-at-all");
    QCOMPARE(count(f), 0);
    f.text = QStringLiteral("\"quoted\" AND OR (");
    QCOMPARE(count(f), 0); // FTS syntax in the text is just text
    // Emails are words of their own, with their parts: a domain, typed with or without its "@",
    // an address still being typed, a top-level domain every address here has.
    f.text = QStringLiteral("acme.example");
    QCOMPARE(count(f), 2);
    f.text = QStringLiteral("@acme.example");
    QCOMPARE(count(f), 2);
    f.text = QStringLiteral("sarah.chen@acm");
    QCOMPARE(count(f), 2);
    f.text = QStringLiteral("sarah.chen@acme.example.");
    QCOMPARE(count(f), 2);
    f.text = QStringLiteral("example");
    QCOMPARE(count(f), 4);
    f.text = QStringLiteral("hooli.example zoe");
    QCOMPARE(count(f), 1);
    f.text = QStringLiteral("@ . +");
    QCOMPARE(count(f), 4); // nothing left to look for: no filter, like an empty search

    HistoryFilter byOutcome;
    byOutcome.outcome = QStringLiteral("rejected");
    QCOMPARE(count(byOutcome), 1);
    HistoryFilter byProfile;
    byProfile.profile = QStringLiteral("reevo");
    QCOMPARE(count(byProfile), 1);
    HistoryFilter byAction;
    byAction.action = QStringLiteral("updated");
    QCOMPARE(count(byAction), 1);
    HistoryFilter future;
    future.from = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(count(future), 0);
    HistoryFilter past;
    past.to = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(count(past), 4);

    const QList<HistoryRecord> timeline = store.timeline(QStringLiteral("Sarah.Chen@ACME.example"));
    QCOMPARE(timeline.size(), 2);
    QVERIFY(timeline.first().id < timeline.last().id);
    QCOMPARE(store.timeline(QStringLiteral("c-sarah")).size(), 2);

    // Paging: newest first, each page after the last id of the one before.
    const auto first = store.list({}, 3);
    QCOMPARE(first.size(), 3);
    const auto second = store.list({}, 3, first.last().id);
    QCOMPARE(second.size(), 1);
    QVERIFY(second.first().id < first.last().id);
}

void TestHistoryStore::searchWordsKeepEmailsWholeAndInParts()
{
    const auto words = [](const QStringList &values) {
        const QStringList list = HistoryStore::searchWords(values).split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    };
    QCOMPARE(words({QStringLiteral("sarah.chen+crm@acme.co.uk")}),
             (QSet<QString> {QStringLiteral("sarah.chen+crm@acme.co.uk"), QStringLiteral("sarah.chen+crm"),
                             QStringLiteral("acme.co.uk"), QStringLiteral("co.uk"), QStringLiteral("uk"),
                             QStringLiteral("sarah"), QStringLiteral("chen"), QStringLiteral("crm"),
                             QStringLiteral("acme"), QStringLiteral("co")}));
    // Plain words stay as they are; each value's words are indexed once.
    QCOMPARE(HistoryStore::searchWords({QStringLiteral("Sarah Chen"), QStringLiteral("Chen")}),
             QStringLiteral("Sarah Chen"));
    QCOMPARE(HistoryStore::searchWords({QString(), QStringLiteral("  ")}), QString());
    QCOMPARE(HistoryStore::ftsQuery(QStringLiteral(" @acme.com  sarah. \"x ")),
             QStringLiteral("\"acme.com\"* \"sarah\"* \"\"\"x\"*"));
}

void TestHistoryStore::crashLeavesAnInterruptedRow()
{
    qint64 id = 0;
    {
        HistoryStore store(dataDir());
        QString error;
        QVERIFY(store.open(&error));
        id = store.beginAttempt(intent(QStringLiteral("crash@x.example")), &error);
        QVERIFY(id > 0);
        // gone without completing, as in a crash
    }
    HistoryStore reopened(dataDir());
    QString error;
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.record(id)->state, QStringLiteral("interrupted"));
    QCOMPARE(reopened.record(id)->outcome, QStringLiteral("interrupted"));
    QVERIFY(reopened.record(id)->errorMessage.contains(QStringLiteral("outcome is unknown")));
    QCOMPARE(reopened.notices().size(), 1);
    QVERIFY(reopened.notices().first().contains(QStringLiteral("interrupted")));
}

void TestHistoryStore::secondInstanceIsReadOnlyAndSaysSo()
{
    HistoryStore first(dataDir());
    QString error;
    QVERIFY(first.open(&error));
    record(first, intent(QStringLiteral("one@x.example")), created(QStringLiteral("c1"), QStringLiteral("x")));
    HistoryStore second(dataDir());
    QVERIFY2(second.open(&error), qPrintable(error));
    QCOMPARE(second.mode(), HistoryStore::Mode::ReadOnly);
    QVERIFY(second.notices().join(QLatin1Char(' ')).contains(QStringLiteral("read-only")));
    QCOMPARE(second.list({}, 10).size(), 1); // reviewing works
    QVERIFY(second.beginAttempt(intent(QStringLiteral("two@x.example")), &error) < 0);
    QVERIFY(error.contains(QStringLiteral("read-only")));
}

void TestHistoryStore::damagedFileIsMovedAsideIntact()
{
    QDir().mkpath(dataDir());
    const QByteArray garbage = QByteArray("this is not a database ") + QByteArray(4096, '\x7f');
    {
        QFile f(dataDir() + QStringLiteral("/history.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store(dataDir());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.notices().size(), 1);
    QVERIFY(store.notices().first().contains(QStringLiteral("damaged")));
    const QStringList aside = QDir(dataDir()).entryList({QStringLiteral("history.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile moved(dataDir() + QLatin1Char('/') + aside.first());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    QVERIFY(record(store, intent(QStringLiteral("fresh@x.example")), created(QStringLiteral("c"), QStringLiteral("x")))
            > 0);
}

void TestHistoryStore::writeVersionOneHistory()
{
    QDir().mkpath(dataDir());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dataDir() + QStringLiteral("/history.sqlite"));
        QVERIFY(db.open());
        QFile script(QStringLiteral(ASSERTDESK_TEST_DATA "/history/v1.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QString statement;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

void TestHistoryStore::migratesAVersionOneHistory()
{
    writeVersionOneHistory();
    if (QTest::currentTestFailed())
        return;
    HistoryStore store(dataDir());
    QStringList said;
    store.setProgress([&said](const QString &what) { said << what; }, 0);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    // Rebuilding the search index is the long part of an upgrade; the user is told before it.
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QLatin1String("search index (2 entries)")), qPrintable(said.first()));
    HistoryFilter f;
    f.text = QStringLiteral("olga@legacy.example");
    QCOMPARE(store.list(f, 10).size(), 2);
    f.text = QStringLiteral("legacy.example"); // version 3 indexed the old entries' emails whole and in parts
    QCOMPARE(store.list(f, 10).size(), 2);
    {
        // Whole: the email is one word of the index, so a search for it reads that word's list
        // alone instead of merging the lists of every word starting with its last piece.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vocab"));
        db.setDatabaseName(dataDir() + QStringLiteral("/history.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, asserts_fts, 'row')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT term FROM temp.words WHERE term IN ('olga@legacy.example', "
                                      "'legacy.example', 'olga') ORDER BY term")));
        QStringList terms;
        while (q.next())
            terms << q.value(0).toString();
        QCOMPARE(terms,
                 (QStringList {QStringLiteral("legacy.example"), QStringLiteral("olga"),
                               QStringLiteral("olga@legacy.example")}));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("vocab"));
    f.text = QStringLiteral("Petrova");
    QCOMPARE(store.list(f, 10).size(), 1);
    f.text = QStringLiteral("unknown_field");
    QCOMPARE(store.list(f, 10).size(), 1);
    QCOMPARE(store.record(1)->appVersion, QStringLiteral("0.0.9"));
    // and it keeps working at the new version
    QVERIFY(record(store, intent(QStringLiteral("new@x.example")), created(QStringLiteral("c"), QStringLiteral("x")))
            == 3);
}

// The window shows what the history is busy with while an upgrade runs, even when the upgrade
// began before the window existed: the service says it as it starts and keeps it until done.
void TestHistoryStore::serviceSaysWhileItUpgrades()
{
    writeVersionOneHistory();
    if (QTest::currentTestFailed())
        return;
    HistoryService service(dataDir());
    QStringList said;
    QString duringWork;
    connect(
        &service, &HistoryService::working, this,
        [&](const QString &what) {
            said << what;
            duringWork = service.currentWork();
        },
        Qt::DirectConnection);
    const HistoryService::OpenResult opened = service.open(0).result();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(said.size(), 1);
    QVERIFY(said.first().contains(QLatin1String("search index")));
    QCOMPARE(duringWork, said.first());
    QVERIFY(service.currentWork().isEmpty()); // done
}

void TestHistoryStore::newerSchemaIsRefusedNotDamaged()
{
    QDir().mkpath(dataDir());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v99"));
        db.setDatabaseName(dataDir() + QStringLiteral("/history.sqlite"));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v99"));
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

void TestHistoryStore::exportsNeverCarryAKeyAndReadBack()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(store.open(&error));
    record(store, intent(QStringLiteral("=cmd@x.example"), QStringLiteral("=HYPERLINK(\"x\")")),
           created(QStringLiteral("c1"), QStringLiteral("x")));
    record(store, intent(QStringLiteral("b@x.example"), QStringLiteral("Line\nbreak, \"quoted\"")),
           rejected("field_value_invalid"));
    const QList<qint64> ids = store.ids({});
    QCOMPARE(ids.size(), 2);

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QCOMPARE(HistoryExport::write(store, ids, HistoryExport::Format::JsonLines, &jsonl, &error), 2);
    const QList<QByteArray> lines = jsonl.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject last = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(last.value(QStringLiteral("match_value")).toString(), QStringLiteral("=cmd@x.example"));
    QVERIFY(last.value(QStringLiteral("request_body")).isObject());
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("field_value_invalid"));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QCOMPARE(HistoryExport::write(store, {ids.last()}, HistoryExport::Format::Csv, &csv, &error), 1);
    QVERIFY(csv.data().startsWith("id,state,sent_at"));
    QVERIFY(csv.data().contains(",'=cmd@x.example,")); // no formula for a spreadsheet to run

    for (const QByteArray &out : {jsonl.data(), csv.data()})
        QVERIFY(!out.contains(kCanary.toUtf8()));
}

// Some spreadsheets skip a leading tab or carriage return and run what follows as a formula.
void TestHistoryStore::exportGuardsCellsStartingWithATabOrAReturn()
{
    HistoryStore store(dataDir());
    QString error;
    QVERIFY(store.open(&error));
    // A server's contact id is kept as it came.
    record(store, intent(QStringLiteral("t@x.example")), created(QStringLiteral("\t=c1"), QStringLiteral("x")));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QCOMPARE(HistoryExport::write(store, store.ids({}), HistoryExport::Format::Csv, &csv, &error), 1);
    QVERIFY2(csv.data().contains(",'\t=c1,"), csv.data().constData());
    QCOMPARE(HistoryExport::csvCell(QStringLiteral("\t=1")), QByteArray("'\t=1"));
    QCOMPARE(HistoryExport::csvCell(QStringLiteral("\r=SUM(A1)")), QByteArray("\"'\r=SUM(A1)\""));
    QCOMPARE(HistoryExport::csvCell(QStringLiteral("\n=SUM(A1)")), QByteArray("\"'\n=SUM(A1)\""));
}

void TestHistoryStore::modelLoadsLazily()
{
    HistoryService service(dataDir());
    QVERIFY(service.open().result().ok);
    const qint64 lazy = service.beginAttempt(intent(QStringLiteral("lazy@x.example"))).result().id;
    QVERIFY(lazy > 0);
    constexpr int bulk = 2 * HistoryModel::kPageSize + HistoryModel::kPageSize / 4;
    QVERIFY(service.completeAttempt(lazy, created(QStringLiteral("c-lazy"), QStringLiteral("x"))).result().written);
    {
        // Two pages and a quarter in one transaction, as a long-used history would have (450
        // rows with pages of 200).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(dataDir() + QStringLiteral("/history.sqlite"));
        QVERIFY(db.open());
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO asserts (state, sent_at, profile, base_url, request_body, match_value, outcome, app_version) "
            "VALUES ('complete', ?, 'Sandbox', 'x', '{}', ?, 'succeeded', 't')"));
        for (int i = 0; i < bulk; ++i) {
            q.addBindValue(QStringLiteral("2026-01-01T00:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("p%1@x.example").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));

    HistoryModel model(&service);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(model.rowCount(), HistoryModel::kPageSize);
    QCOMPARE(model.data(model.index(0, HistoryModel::Match)).toString(), QStringLiteral("p%1@x.example").arg(bulk - 1));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), bulk + 1);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.data(model.index(bulk - 1, HistoryModel::Match)).toString(), QStringLiteral("p0@x.example"));
    QCOMPARE(model.data(model.index(bulk, HistoryModel::Match)).toString(), QStringLiteral("lazy@x.example"));

    HistoryFilter f;
    f.text = QStringLiteral("lazy@x.example");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), lazy);
}

// Tasks of the window run side by side (a send, a page, an export): each result says its own
// failure, so a send never reports an export's error or the other way round.
void TestHistoryStore::eachTaskOfTheServiceGetsItsOwnError()
{
    HistoryStore writer(dataDir());
    QString error;
    QVERIFY(writer.open(&error));
    HistoryService reader(dataDir());
    using namespace std::chrono_literals;
    reader.setLockPatience({50ms, 50ms, 500ms});
    QCOMPARE(reader.open().result().mode, HistoryStore::Mode::ReadOnly);
    auto begun = reader.beginAttempt(intent(QStringLiteral("mine@x.example")));
    auto exported = reader.exportTo({}, {}, HistoryExport::Format::JsonLines,
                                    m_dir->filePath(QStringLiteral("no/such/folder/out.jsonl")));
    exported.waitForFinished();
    begun.waitForFinished();
    QCOMPARE(begun.result().id, -1);
    QVERIFY2(begun.result().error.contains(QStringLiteral("read-only")), qPrintable(begun.result().error));
    QCOMPARE(exported.result().written, -1);
    QVERIFY(!exported.result().error.isEmpty());
    QVERIFY2(!exported.result().error.contains(QStringLiteral("read-only")), qPrintable(exported.result().error));
}

void TestHistoryStore::theWindowsExportIsForItsOwnerOnly()
{
    HistoryService service(dataDir());
    QVERIFY(service.open().result().ok);
    const qint64 id = service.beginAttempt(intent(QStringLiteral("own@x.example"))).result().id;
    QVERIFY(service.completeAttempt(id, created(QStringLiteral("c"), QStringLiteral("x"))).result().written);
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    const HistoryService::ExportResult r = service.exportTo({}, {}, HistoryExport::Format::Csv, path).result();
    QCOMPARE(r.written, 1);
    QVERIFY(!r.unreadable.any());
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
