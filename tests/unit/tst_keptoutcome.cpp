#include "historystore.h"
#include "keptoutcome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

// An answer the history cannot record when it comes (a full disk) is kept beside it and written
// in later; the row is never taken for one a crash interrupted.
class TestKeptOutcome final : public QObject
{
    Q_OBJECT

private:
    static HistoryIntent intent(const QString &email)
    {
        HistoryIntent i;
        i.profile = QStringLiteral("Sandbox");
        i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        i.requestBody = QStringLiteral("{\"match\":{\"primary_email\":\"%1\"},\"attributes\":{\"first_name\":\"K\"}}")
                            .arg(email)
                            .toUtf8();
        i.matchKey = QStringLiteral("primary_email");
        i.matchValue = email;
        return i;
    }

    static SendResult created(const QString &contactId)
    {
        SendResult r;
        r.outcome = Outcome::Succeeded;
        r.httpStatus = 201;
        r.elapsedMs = 42;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QStringLiteral("{\"data\":{\"id\":\"%1\",\"attributes\":{}},\"meta\":{\"action\":\"created\","
                                "\"matched_on\":{}}}")
                     .arg(contactId)
                     .toUtf8();
        r.sentAt = r.answeredAt = QDateTime::currentDateTimeUtc();
        return r;
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { QDir(dataDir()).removeRecursively(); }

    void keptWholeForItsOwnerOnlyAndReadBack()
    {
        QDir().mkpath(dataDir());
        SendResult r = created(QStringLiteral("cid-1"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
        const QDateTime rowSentAt = QDateTime::currentDateTimeUtc();
        const KeptOutcome kept(7, rowSentAt, r, QStringLiteral("cid-1"), QStringLiteral("created"));
        QString error;
        QVERIFY2(kept.save(dataDir(), &error), qPrintable(error));
        const QString path = KeptOutcome::pathFor(dataDir(), 7);
        QCOMPARE(path, dataDir() + QStringLiteral("/history.kept-7.json"));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(KeptOutcome::idsIn(dataDir()), QList<qint64> {7});
        const auto back = KeptOutcome::load(dataDir(), 7, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->result().outcome, Outcome::Succeeded);
        QCOMPARE(back->result().httpStatus, 201);
        QCOMPARE(back->result().body, r.body);
        QCOMPARE(back->result().headers, r.headers);
        QCOMPARE(back->contactId(), QStringLiteral("cid-1"));
        QCOMPARE(back->result().answeredAt, r.answeredAt);
        QCOMPARE(back->rowSentAt(), rowSentAt);

        SendResult huge = r;
        huge.body = QByteArray(KeptOutcome::kMaxKeptBody + 10, 'x');
        const KeptOutcome cut(8, rowSentAt, huge, QStringLiteral("cid-2"), QStringLiteral("updated"));
        QCOMPARE(cut.result().body.size(), KeptOutcome::kMaxKeptBody);
        QVERIFY(cut.result().bodyTruncated);
    }

    void anAnswerTheHistoryCannotTakeIsKeptAndWrittenAtTheNextOpening()
    {
        qint64 id = 0;
        {
            HistoryStore store(dataDir());
            QString error;
            QVERIFY(store.open(&error));
            id = store.beginAttempt(intent(QStringLiteral("full@x.example")), &error);
            QVERIFY(id > 0);
            store.setCompletionFault([] { return QStringLiteral("database or disk is full"); });
            QVERIFY(!store.completeAttempt(id, created(QStringLiteral("cid-9")), &error));
            // Exactly what happened: why, what the answer was, and where it is.
            QVERIFY2(error.contains(QStringLiteral("database or disk is full")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("succeeded, HTTP 201, contact cid-9 created")), qPrintable(error));
            QVERIFY(error.contains(KeptOutcome::pathFor(dataDir(), id)));
            QVERIFY(store.isKept(id));
            QCOMPARE(store.keptFile(id), KeptOutcome::pathFor(dataDir(), id));
            QCOMPARE(store.record(id)->state, QStringLiteral("in_flight"));
        } // the program ends with the history still unable to take it

        HistoryStore reopened(dataDir());
        QString error;
        QVERIFY(reopened.open(&error));
        const auto row = reopened.record(id);
        QCOMPARE(row->state, QStringLiteral("complete"));
        QCOMPARE(row->outcome, QStringLiteral("succeeded"));
        QCOMPARE(row->contactId, QStringLiteral("cid-9"));
        QCOMPARE(row->action, QStringLiteral("created"));
        QCOMPARE(row->httpStatus, 201);
        const QString said = reopened.notices().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("now written into the history")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("interrupted")), qPrintable(said));
        QVERIFY(!QFile::exists(KeptOutcome::pathFor(dataDir(), id)));
    }

    void whileItStillCannotBeWrittenTheRowIsNotInterrupted()
    {
        qint64 id = 0;
        {
            HistoryStore store(dataDir());
            QString error;
            QVERIFY(store.open(&error));
            id = store.beginAttempt(intent(QStringLiteral("still@x.example")), &error);
            store.setCompletionFault([] { return QStringLiteral("disk I/O error"); });
            QVERIFY(!store.completeAttempt(id, created(QStringLiteral("cid-3")), &error));
        }
        HistoryStore stillFull(dataDir());
        stillFull.setCompletionFault([] { return QStringLiteral("disk I/O error"); });
        QString error;
        QVERIFY(stillFull.open(&error));
        QCOMPARE(stillFull.record(id)->state, QStringLiteral("in_flight"));
        QVERIFY(stillFull.isKept(id));
        QVERIFY(QFile::exists(KeptOutcome::pathFor(dataDir(), id)));
    }

    void theNextWriteOfTheSameRunWritesItIn()
    {
        HistoryStore store(dataDir());
        QString error;
        QVERIFY(store.open(&error));
        const qint64 first = store.beginAttempt(intent(QStringLiteral("one@x.example")), &error);
        int failures = 1;
        store.setCompletionFault([&failures] { return failures-- > 0 ? QStringLiteral("disk I/O error") : QString(); });
        QVERIFY(!store.completeAttempt(first, created(QStringLiteral("cid-a")), &error));
        const qint64 second = store.beginAttempt(intent(QStringLiteral("two@x.example")), &error);
        QVERIFY(second > first);
        QCOMPARE(store.record(first)->contactId, QStringLiteral("cid-a"));
        QVERIFY(!store.isKept(first));
        QVERIFY(store.notices().last().contains(QStringLiteral("entry %1").arg(first)));
    }

    // Kept for entry 1 of a history that was deleted since: entry 1 of the new history is another
    // assert, and must not receive that answer.
    void anAnswerKeptForAnEarlierHistoryIsNotWrittenIntoANewOne()
    {
        {
            HistoryStore store(dataDir());
            QString error;
            QVERIFY(store.open(&error));
            const qint64 id = store.beginAttempt(intent(QStringLiteral("old@x.example")), &error);
            store.setCompletionFault([] { return QStringLiteral("disk I/O error"); });
            QVERIFY(!store.completeAttempt(id, created(QStringLiteral("cid-old")), &error));
        }
        QVERIFY(QFile::remove(dataDir() + QStringLiteral("/history.sqlite")));
        HistoryStore store(dataDir());
        QString error;
        QVERIFY(store.open(&error));
        const QString said = store.notices().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("belongs to no entry of this history")), qPrintable(said));
        QVERIFY(!QFile::exists(KeptOutcome::pathFor(dataDir(), 1)));
        QCOMPARE(QDir(dataDir()).entryList({QStringLiteral("history.orphaned-1-*.json")}).size(), 1); // kept, aside
        const qint64 id = store.beginAttempt(intent(QStringLiteral("new@x.example")), &error);
        QCOMPARE(id, 1);
        QVERIFY(store.record(1)->contactId.isEmpty());
        QCOMPARE(store.record(1)->state, QStringLiteral("in_flight"));
    }

    // A real write failure: the file may not grow past its size, as on a full disk. The commit's
    // own error is what the user reads, not the rollback's "no transaction is active".
    void aFailedCommitSaysWhyItFailed()
    {
        HistoryStore store(dataDir());
        QString error;
        QVERIFY(store.open(&error));
        const qint64 id = store.beginAttempt(intent(QStringLiteral("efbig@x.example")), &error);
        QVERIFY(id > 0);
        const qint64 wal = QFileInfo(store.databasePath() + QStringLiteral("-wal")).size();
        QVERIFY(wal > 4096);
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit full = saved;
        full.rlim_cur = rlim_t(wal);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
        const bool written = store.completeAttempt(id, created(QStringLiteral("cid-f")), &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!written);
        QVERIFY2(!error.contains(QStringLiteral("no transaction is active")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("I/O error")) || error.contains(QStringLiteral("full")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("is kept in")), qPrintable(error));
        QVERIFY(QFile::exists(KeptOutcome::pathFor(dataDir(), id)));
        // With room again, the next send writes it in.
        QVERIFY(store.beginAttempt(intent(QStringLiteral("after@x.example")), &error) > id);
        QCOMPARE(store.record(id)->contactId, QStringLiteral("cid-f"));
    }
};

QTEST_GUILESS_MAIN(TestKeptOutcome)
#include "tst_keptoutcome.moc"
