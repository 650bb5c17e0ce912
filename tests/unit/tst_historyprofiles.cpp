#include "historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

// The profiles the history has sends from, which the window's history filter offers at start-up
// and after every send: right, and read without keeping the whole history in memory (the window's
// resident memory at start-up grew by 1.7 MB with 100,000 entries when it was).
class TestHistoryProfiles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static HistoryIntent intent(const QString &profile, const QString &email)
    {
        HistoryIntent i;
        i.profile = profile;
        i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        i.requestBody = QJsonDocument(QJsonObject {{QStringLiteral("match"),
                                                    QJsonObject {{QStringLiteral("primary_email"), email}}}})
                            .toJson(QJsonDocument::Compact);
        i.matchKey = QStringLiteral("primary_email");
        i.matchValue = email;
        i.sentAt = QDateTime::currentDateTimeUtc();
        return i;
    }

    // The store's own connection (the store names it history-<uuid>).
    static QSqlDatabase storeConnection()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            if (name.startsWith(QLatin1String("history-")))
                return QSqlDatabase::database(name, false);
        return {};
    }

    // What SQLite's page cache of a connection holds, in bytes, asked of the SQLite library the
    // Qt driver loaded (sqlite3_db_status with SQLITE_DBSTATUS_CACHE_USED); -1 when it cannot be.
    static qint64 cacheUsed(const QSqlDatabase &db)
    {
        void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            return -1;
        using DbStatus = int (*)(void *, int, int *, int *, int);
        const auto status = reinterpret_cast<DbStatus>(dlsym(library, "sqlite3_db_status"));
        const QVariant handle = db.driver()->handle();
        void *sqlite = handle.isValid() ? *static_cast<void *const *>(handle.constData()) : nullptr;
        int used = -1;
        int highest = 0;
        const bool ok = status && sqlite && status(sqlite, 1 /* SQLITE_DBSTATUS_CACHE_USED */, &used, &highest, 0) == 0;
        dlclose(library);
        return ok ? used : -1;
    }

private Q_SLOTS:
    void eachProfileOnceInNameOrder()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("names")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        for (const QString &profile : {QStringLiteral("staging"), QStringLiteral("Acme Production"),
                                       QStringLiteral("staging"), QStringLiteral(""), QStringLiteral("beta")})
            QVERIFY2(store.beginAttempt(intent(profile, QStringLiteral("a@x.example")), &error) > 0, qPrintable(error));
        QCOMPARE(store.profiles(),
                 QStringList({QStringLiteral("Acme Production"), QStringLiteral("beta"), QStringLiteral("staging")}));
    }

    // A history whose profile index is several times SQLite's default page cache (2 MiB): 20,001
    // sends, most from one profile with a 200-character name. Reading its profiles leaves the
    // page cache small.
    void readingTheProfilesKeepsNoPagesOfTheHistory()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("large")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QString longName = QStringLiteral("Staging ") + QString(192, QLatin1Char('x'));
        QVERIFY(store.beginAttempt(intent(longName, QStringLiteral("a@x.example")), &error) > 0);
        QVERIFY(store.beginAttempt(intent(QStringLiteral("Acme"), QStringLiteral("b@x.example")), &error) > 0);
        QSqlDatabase db = storeConnection();
        QVERIFY(db.isOpen());
        // The copies of the first send in one statement: a send at a time would take a disk sync each.
        QStringList columns;
        const QSqlRecord record = db.record(QStringLiteral("asserts"));
        for (int i = 0; i < record.count(); ++i)
            if (record.fieldName(i) != QLatin1String("id"))
                columns << record.fieldName(i);
        const QString list = columns.join(QLatin1Char(','));
        QSqlQuery fill(db);
        QVERIFY(
            fill.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                     "INSERT INTO asserts (%1) SELECT %1 FROM asserts, n WHERE asserts.id = 1")
                          .arg(list)));
        fill.finish();
        QSqlQuery shrink(db);
        QVERIFY(shrink.exec(QStringLiteral("PRAGMA shrink_memory")));

        QCOMPARE(store.profiles(), QStringList({QStringLiteral("Acme"), longName}));

        const qint64 used = cacheUsed(db);
        if (used < 0)
            QSKIP("SQLite's memory figures cannot be read here");
        QVERIFY2(used < 512 * 1024, qPrintable(QStringLiteral("%1 bytes of pages kept").arg(used)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryProfiles)
#include "tst_historyprofiles.moc"
