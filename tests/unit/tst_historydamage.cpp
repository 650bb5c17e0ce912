#include "historyexport.h"
#include "historystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

// A history file damaged on disk (garbage written into its middle, cut short, emptied, deleted) as
// the store meets it at an opening or on a read: never read short in silence, never replaced in
// silence, moved aside intact, and what cannot be read is counted.
class TestHistoryDamage final : public QObject
{
    Q_OBJECT

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString databasePath() const { return dataDir() + QStringLiteral("/history.sqlite"); }

    static HistoryIntent intent(int n)
    {
        HistoryIntent i;
        i.profile = QStringLiteral("Sandbox");
        i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        // A title of its own for each entry, long enough that each row fills a page: the title is
        // in no index, so the page that holds it is the entry's own.
        const QString title = QStringLiteral("marker-%1-").arg(n) + QString(2500, QLatin1Char('a' + n));
        i.requestBody
            = QJsonDocument(
                  QJsonObject {
                      {QStringLiteral("match"),
                       QJsonObject {{QStringLiteral("primary_email"), QStringLiteral("p%1@x.example").arg(n)}}},
                      {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("title"), title}}},
                  })
                  .toJson(QJsonDocument::Compact);
        i.matchKey = QStringLiteral("primary_email");
        i.matchValue = QStringLiteral("p%1@x.example").arg(n);
        return i;
    }

    static SendResult rejected()
    {
        SendResult r;
        r.outcome = Outcome::Rejected;
        r.httpStatus = 422;
        r.body = QByteArrayLiteral("{\"error\":{\"code\":\"field_value_invalid\",\"message\":\"nope\"}}");
        return r;
    }

    // Six complete entries, then the store is closed as at the end of a run.
    void writeSix()
    {
        HistoryStore store(dataDir());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        for (int n = 1; n <= 6; ++n) {
            const qint64 id = store.beginAttempt(intent(n), &error);
            QVERIFY2(id == n, qPrintable(error));
            QVERIFY2(store.completeAttempt(id, rejected(), &error), qPrintable(error));
        }
    }

    // Garbage over most of the page that holds entry `n`, as a failing disk or a stray write
    // would leave it; returns the damaged file's bytes.
    QByteArray damageEntry(int n)
    {
        QFile f(databasePath());
        if (!f.open(QIODevice::ReadWrite))
            return {};
        const qint64 at = f.readAll().indexOf(QStringLiteral("marker-%1-").arg(n).toUtf8());
        if (at < 0)
            return {};
        // The same garbage every run: random bytes differ in what they break (one entry, or two
        // when they happen to still look like a cell), and the test counts what cannot be read.
        QRandomGenerator bytes(20261129);
        QByteArray garbage(3000, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(bytes.bounded(256));
        f.seek((at / 4096) * 4096 + 200);
        f.write(garbage);
        f.seek(0);
        return f.readAll();
    }

    static QString asideFile(const QString &dir)
    {
        const QStringList aside = QDir(dir).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
        for (const QString &name : aside)
            if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
                return dir + QLatin1Char('/') + name;
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void garbageInTheMiddleIsFoundAtOpeningCountedAndMovedAside()
    {
        writeSix();
        const QByteArray damaged = damageEntry(3);
        QVERIFY(!damaged.isEmpty());

        HistoryStore store(dataDir());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.openedWithTrouble());
        QCOMPARE(store.notices().size(), 1);
        const QString notice = store.notices().first();
        QVERIFY2(notice.contains(QStringLiteral("damaged")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("1 of its 6 entries cannot be read")), qPrintable(notice));
        const QString aside = asideFile(dataDir());
        QVERIFY(notice.contains(aside));
        QFile moved(aside);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), damaged); // intact, for whoever recovers it
        // A new history in its place, and nothing is written into the damaged one.
        QCOMPARE(store.list({}, 10).size(), 0);
        QCOMPARE(store.beginAttempt(intent(7), &error), 1);
    }

    // Above the size checked in full at every opening, the damage is met by a read: every entry
    // that can be read is returned, and the rest are counted, in lists, ids, exports and single
    // entries alike.
    void aLargerFileIsReadAroundTheDamageAndCountsIt()
    {
        writeSix();
        QVERIFY(!damageEntry(3).isEmpty());
        HistoryStore store(dataDir());
        store.setQuickCheckUpTo(0);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(!store.openedWithTrouble()); // nothing to see from the header

        Unreadable missed;
        const QList<HistoryRecord> rows = store.list({}, 10, 0, &missed);
        QList<qint64> listed;
        for (const HistoryRecord &r : rows)
            listed << r.id;
        QCOMPARE(listed, (QList<qint64> {6, 5, 4, 2, 1}));
        QCOMPARE(missed.rows, 1);
        QVERIFY2(missed.reason.contains(QStringLiteral("1 of its 6 entries cannot be read")),
                 qPrintable(missed.reason));

        Unreadable missedIds;
        QCOMPARE(store.ids({}, &missedIds), (QList<qint64> {6, 5, 4, 2, 1}));
        QCOMPARE(missedIds.rows, 1);

        Unreadable entry;
        QVERIFY(!store.record(3, &entry));
        QVERIFY2(entry.reason.startsWith(QStringLiteral("Entry 3 is damaged")), qPrintable(entry.reason));
        Unreadable none;
        QVERIFY(!store.record(99, &none));
        QVERIFY(!none.any()); // simply not there
        QVERIFY(store.record(4));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Unreadable exported;
        QCOMPARE(HistoryExport::write(store, store.ids({}), HistoryExport::Format::JsonLines, &out, &error, &exported),
                 5);
        QCOMPARE(exported.rows, 1);
        QVERIFY(!exported.reason.isEmpty());
    }

    void aSendAfterDamageGoesIntoANewHistory()
    {
        writeSix();
        const QByteArray damaged = damageEntry(3);
        HistoryStore store(dataDir());
        store.setQuickCheckUpTo(0);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(!store.record(3));
        QVERIFY(store.isDamaged());
        const qint64 id = store.beginAttempt(intent(7), &error);
        QCOMPARE(id, 1); // the first entry of a new history
        QVERIFY(store.notices().last().contains(QStringLiteral("moved aside, unchanged")));
        QFile moved(asideFile(dataDir()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QVERIFY(moved.readAll().contains(QByteArrayLiteral("marker-6-")));
        QVERIFY(!store.isDamaged());
        QCOMPARE(store.list({}, 10).size(), 1);
    }

    void aReaderLeavesADamagedFileWhereItIs()
    {
        writeSix();
        QVERIFY(!damageEntry(3).isEmpty());
        QLockFile holder(dataDir() + QStringLiteral("/history.lock"));
        QVERIFY(holder.tryLock(0));
        HistoryStore store(dataDir());
        store.setLockPatience(
            {std::chrono::milliseconds(100), std::chrono::milliseconds(100), std::chrono::milliseconds(1000)});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.mode(), HistoryStore::Mode::ReadOnly);
        QVERIFY(store.openedWithTrouble());
        QVERIFY(store.notices().join(QLatin1Char(' ')).contains(QStringLiteral("1 of its 6 entries cannot be read")));
        QVERIFY(asideFile(dataDir()).isEmpty()); // not while another process writes to it
        Unreadable missed;
        QCOMPARE(store.list({}, 10, 0, &missed).size(), 5);
        QCOMPARE(missed.rows, 1);
    }

    // A gap in the ids of a whole file (a row someone deleted with sqlite3) is no damage.
    void aRowDeletedByHandIsNoDamage()
    {
        writeSix();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("byhand"));
            db.setDatabaseName(databasePath());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM asserts WHERE id = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("byhand"));
        HistoryStore store(dataDir());
        store.setQuickCheckUpTo(0);
        QString error;
        QVERIFY(store.open(&error));
        Unreadable missed;
        QCOMPARE(store.list({}, 10, 0, &missed).size(), 5);
        QVERIFY(!missed.any());
        QCOMPARE(store.ids({}, &missed).size(), 5);
        QVERIFY(!missed.any());
        QVERIFY(!store.record(3, &missed));
        QVERIFY(!missed.any()); // simply not there
        QVERIFY(!store.isDamaged());
        QVERIFY(store.notices().isEmpty());
    }

    void aHistoryEmptiedToZeroBytesIsReported()
    {
        writeSix();
        QVERIFY(QFile::resize(databasePath(), 0));
        HistoryStore store(dataDir());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.openedWithTrouble());
        QCOMPARE(store.notices().size(), 1);
        QVERIFY2(store.notices().first().contains(QStringLiteral("empty: 0 bytes")),
                 qPrintable(store.notices().first()));
        QVERIFY(store.notices().first().contains(QStringLiteral("moved aside")));
        QCOMPARE(QFileInfo(asideFile(dataDir())).size(), 0);
        QCOMPARE(store.beginAttempt(intent(1), &error), 1);
    }

    void aHistoryCutShortIsFoundByItsHeader()
    {
        writeSix();
        const qint64 size = QFileInfo(databasePath()).size();
        QVERIFY(QFile::resize(databasePath(), size - 4096 - 100));
        HistoryStore store(dataDir());
        store.setQuickCheckUpTo(0); // the header and the size alone tell
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.openedWithTrouble());
        QVERIFY2(store.notices().first().contains(QStringLiteral("cut short")), qPrintable(store.notices().first()));
    }

    void aVanishedHistoryIsReportedNotSilentlyReplaced()
    {
        writeSix();
        QVERIFY(QFile::remove(databasePath()));
        HistoryStore store(dataDir());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.openedWithTrouble());
        QCOMPARE(store.notices().size(), 1);
        QVERIFY2(store.notices().first().contains(QStringLiteral("is missing")), qPrintable(store.notices().first()));
        QVERIFY(store.notices().first().contains(databasePath()));
        QCOMPARE(store.beginAttempt(intent(1), &error), 1);

        // A first history ever is no news.
        HistoryStore fresh(m_dir->filePath(QStringLiteral("other")));
        QVERIFY(fresh.open(&error));
        QVERIFY(!fresh.openedWithTrouble());
        QVERIFY(fresh.notices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryDamage)
#include "tst_historydamage.moc"
