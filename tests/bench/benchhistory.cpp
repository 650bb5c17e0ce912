// The history at scale: opening the view (first page on screen), a full-text search, one
// insert (intent and completion, each committed to disk).
#include "historymodel.h"
#include "historyservice.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

// Rows as a long-used history has them, with their search entries, in one transaction.
void fill(const QString &dir, int rows)
{
    HistoryStore store(dir);
    QString error;
    store.open(&error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(store.databasePath());
    db.open();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    db.transaction();
    QSqlQuery a(db);
    a.prepare(QStringLiteral(
        "INSERT INTO asserts (id, state, sent_at, answered_at, profile, base_url, request_body, match_key, "
        "match_value, outcome, http_status, duration_ms, contact_id, action, app_version) VALUES "
        "(?, 'complete', ?, ?, 'Reevo', 'https://api.reevo.ai/api/v2', ?, 'primary_email', ?, "
        "'succeeded', 200, 120, ?, 'updated', 'bench')"));
    QSqlQuery f(db);
    f.prepare(QStringLiteral(
        "INSERT INTO asserts_fts (rowid, emails, names, contact_id, error_code) VALUES (?, ?, ?, ?, '')"));
    const QString stamp = QStringLiteral("2026-06-01T10:00:00.000Z");
    for (int i = 1; i <= rows; ++i) {
        const QString email = QStringLiteral("person%1@company%2.example").arg(i).arg(i % 997);
        const QString contact = QStringLiteral("c0ffee00-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        a.addBindValue(i);
        a.addBindValue(stamp);
        a.addBindValue(stamp);
        a.addBindValue(
            QStringLiteral(R"({"attributes":{"first_name":"Name%1","title":"T"},"match":{"primary_email":"%2"}})")
                .arg(i)
                .arg(email));
        a.addBindValue(email);
        a.addBindValue(contact);
        a.exec();
        f.addBindValue(i);
        f.addBindValue(HistoryStore::searchWords({email}));
        f.addBindValue(QStringLiteral("Name%1 Person").arg(i));
        f.addBindValue(contact);
        f.exec();
    }
    db.commit();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir tmp;
    // With a folder given, the filled history stays there (for timing the app's start-up on it).
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.filePath(QStringLiteral("h"));
    fill(dir, rows);

    QList<qint64> opens, searches, domainSearches, inserts;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        HistoryService service(dir);
        HistoryModel model(&service);
        QEventLoop loop;
        QObject::connect(&model, &HistoryModel::pageLoaded, &loop, &QEventLoop::quit);
        service.open();
        model.fetchMore({});
        loop.exec();
        opens << clock.nsecsElapsed() / 1000;

        HistoryFilter f;
        f.text = QStringLiteral("person%1@company%2.example").arg(rows / 2 + run).arg((rows / 2 + run) % 997);
        QElapsedTimer s;
        s.start();
        const auto found = service.list(f, 200, 0).result().rows;
        searches << s.nsecsElapsed() / 1000;
        if (found.size() != 1)
            std::fprintf(stderr, "search found %lld rows\n", static_cast<long long>(found.size()));
        // A domain: about one row in a thousand here, a page of them newest first.
        f.text = QStringLiteral("company%1.example").arg((rows / 2 + run) % 997);
        s.restart();
        const auto inDomain = service.list(f, 200, 0).result().rows;
        domainSearches << s.nsecsElapsed() / 1000;
        if (inDomain.size() < std::min(200, rows / 997))
            std::fprintf(stderr, "domain search found %lld rows\n", static_cast<long long>(inDomain.size()));

        HistoryIntent intent;
        intent.profile = QStringLiteral("Reevo");
        // base_url is NOT NULL: without one the insert fails, and a failure was timed.
        intent.baseUrl = QUrl(QStringLiteral("https://api.reevo.ai/api/v2"));
        intent.requestBody = R"({"match":{"primary_email":"new@x.example"},"attributes":{"title":"T"}})";
        intent.matchValue = QStringLiteral("new@x.example");
        SendResult result;
        result.outcome = Outcome::Rejected;
        result.httpStatus = 422;
        result.body = R"({"error":{"code":"unknown_field","message":"m"}})";
        QElapsedTimer w;
        w.start();
        const HistoryService::BeginResult begun = service.beginAttempt(intent).result();
        const qint64 id = begun.id;
        if (id < 0)
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(begun.error));
        service.completeAttempt(id, result).result();
        inserts << w.nsecsElapsed() / 1000;
    }
    // rows, open (µs to the first page), search for an email (µs), insert (µs), search for a
    // domain (µs), as medians of five
    std::printf("%d\t%lld\t%lld\t%lld\t%lld\n", rows, static_cast<long long>(median(opens)),
                static_cast<long long>(median(searches)), static_cast<long long>(median(inserts)),
                static_cast<long long>(median(domainSearches)));
    return 0;
}
