#include "tst_clihistorydamage.h"
#include "historywatch.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace AssertDesk::Test;

namespace {

const QString kKey = QStringLiteral("damage-canary-key-2718");

// A request with a title of its own, long enough that its row fills most of a page.
QByteArray request(const QString &email, const QString &marker)
{
    return QStringLiteral(R"({"match":{"primary_email":"%1"},"attributes":{"first_name":"D","title":"%2"}})")
        .arg(email, marker + QString(2400, QLatin1Char('t')))
        .toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

// The history damaged on disk, emptied, deleted or unable to take a write, as a person meets it
// from the command line: told on stderr with a non-zero exit, never read short in silence.
QProcessEnvironment TestCliHistoryDamage::env() const
{
    return homeEnvironment(m_home.path(), kKey);
}

ProcessResult TestCliHistoryDamage::cli(const QStringList &args, const QByteArray &input) const
{
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, env());
}

ProcessResult TestCliHistoryDamage::send(const QString &dir, const QString &email) const
{
    return cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                QStringLiteral("--data-dir"), dir},
               request(email, QStringLiteral("marker-") + email + QLatin1Char('-')));
}

ProcessResult TestCliHistoryDamage::history(const QString &dir, const QStringList &args) const
{
    return cli(QStringList {QStringLiteral("history")} + args + QStringList {QStringLiteral("--data-dir"), dir});
}

QByteArray TestCliHistoryDamage::damagePageOf(const QString &path, const QByteArray &marker, qint64 from, qint64 length)
{
    // The pages the entries live on now: an answer rewrites its row, and the intent's old copy
    // may linger on a page that is free.
    QSet<qint64> live;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'asserts'")))
                while (q.next())
                    live.insert(q.value(0).toLongLong());
            q.finish();
            db.close();
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    const QByteArray bytes = f.readAll();
    qint64 at = bytes.indexOf(marker);
    while (at >= 0 && !live.contains(at / 4096 + 1))
        at = bytes.indexOf(marker, at + 1);
    if (at < 0)
        return {};
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->bounded(256));
    f.seek((at / 4096) * 4096 + from);
    f.write(garbage);
    f.seek(0);
    return f.readAll();
}

QString TestCliHistoryDamage::asideFile(const QString &dir)
{
    for (const QString &name : QDir(dir).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files))
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            return dir + QLatin1Char('/') + name;
    return {};
}

void TestCliHistoryDamage::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey, QStringLiteral("--faults")}));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"),
                  QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()})
                 .exitCode,
             0);
}

// The issue's case: six sends, garbage written into the middle of the file. The check at the
// opening finds it; list says what happened and exits 7 instead of listing five rows with 0.
void TestCliHistoryDamage::garbageInTheMiddleIsReportedNotReadShort()
{
    const QString dir = dataDir(QStringLiteral("small"));
    for (int n = 1; n <= 6; ++n)
        QCOMPARE(send(dir, QStringLiteral("s%1@x.example").arg(n)).exitCode, 0);
    // The whole page: SQLite keeps no checksums, so garbage inside a value's bytes alone is data to
    // it; a page's own structure (its type, its pointers) is what any check can see.
    const QByteArray damaged = damagePageOf(dir + QStringLiteral("/history.sqlite"), "marker-s3@x.example-", 0, 4096);
    QVERIFY(!damaged.isEmpty());

    const auto list = history(dir, {QStringLiteral("list")});
    QCOMPARE(list.exitCode, 7);
    QVERIFY2(list.errText().contains(QStringLiteral("The history file is damaged")), qPrintable(list.errText()));
    const QRegularExpressionMatch counted
        = QRegularExpression(QStringLiteral("(\\d) of its 6 entries cannot be read")).match(list.errText());
    QVERIFY2(counted.hasMatch() && counted.captured(1).toInt() >= 1, qPrintable(list.errText()));
    QVERIFY(list.errText().contains(QStringLiteral("moved aside, unchanged, to ") + asideFile(dir)));
    QCOMPARE(fileBytes(asideFile(dir)), damaged);                          // intact, for sqlite3 .recover
    QVERIFY(!list.errText().contains(QStringLiteral("assertdesk.store"))); // said once, in words

    // What follows goes into a new history: nothing is ever written into the damaged one.
    QCOMPARE(send(dir, QStringLiteral("s7@x.example")).exitCode, 0);
    const auto after = history(dir, {QStringLiteral("list")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.outText().trimmed().split(QLatin1Char('\n')).size(), 2);
}

// Too large to check in full at every opening: the damage is met by the read, and export and
// show say what they could not read instead of "Exported N" of more with exit 0.
void TestCliHistoryDamage::aLargeDamagedHistoryCountsWhatItCannotRead()
{
    const QString dir = dataDir(QStringLiteral("large"));
    QCOMPARE(send(dir, QStringLiteral("first@x.example")).exitCode, 0);
    const QString path = dir + QStringLiteral("/history.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO asserts (state, sent_at, profile, base_url, request_body, match_key, "
                                 "match_value, outcome, http_status, app_version) VALUES ('complete', "
                                 "'2026-01-01T00:00:00.000Z', 'Local', 'x', ?, 'primary_email', ?, 'succeeded', 201, "
                                 "'t')"));
        for (int i = 2; i <= 8000; ++i) {
            const QString email = QStringLiteral("b%1@x.example").arg(i);
            q.addBindValue(QString::fromUtf8(request(email, QStringLiteral("marker-%1-").arg(i))));
            q.addBindValue(email);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    QVERIFY(QFileInfo(path).size() > 16 * 1024 * 1024); // above what every opening checks in full
    const QByteArray damaged = damagePageOf(path, "marker-4000-", 0, 4096);
    QVERIFY(!damaged.isEmpty());

    const auto exported = history(dir, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(exported.exitCode, 7);
    const qsizetype lines = exported.out.count('\n');
    const QString said = exported.errText();
    QVERIFY2(said.contains(QStringLiteral("Exported %1 assert(s), not all of the history").arg(lines)),
             qPrintable(said));
    const qsizetype missed = 8000 - lines;
    QVERIFY(missed >= 1 && missed < 10);
    QVERIFY2(said.contains(QStringLiteral("%1 of its 8000 entries cannot be read").arg(missed)), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("%1 entries could not be read").arg(missed)), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("moved aside, unchanged")));

    // The same damage met by show: the entry is damaged, not "no such entry".
    QVERIFY(writeBytes(path, damaged));
    const auto show = history(dir, {QStringLiteral("show"), QStringLiteral("4000")});
    QCOMPARE(show.exitCode, 7);
    QVERIFY2(show.errText().contains(QStringLiteral("Entry 4000 is damaged and cannot be read")),
             qPrintable(show.errText()));
    QVERIFY(!show.errText().contains(QStringLiteral("there is no assert")));
}

void TestCliHistoryDamage::aHistoryEmptiedOrDeletedIsReportedAndNothingIsSent()
{
    const QString dir = dataDir(QStringLiteral("emptied"));
    QCOMPARE(send(dir, QStringLiteral("e1@x.example")).exitCode, 0);
    QVERIFY(QFile::resize(dir + QStringLiteral("/history.sqlite"), 0));
    const auto refused = send(dir, QStringLiteral("e2@x.example"));
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.errText().contains(QStringLiteral("it is empty: 0 bytes")), qPrintable(refused.errText()));
    QVERIFY(refused.errText().contains(QStringLiteral("nothing was sent")));
    QVERIFY(refused.outText().isEmpty());
    const auto resent = send(dir, QStringLiteral("e2@x.example")); // told once, it goes on
    QCOMPARE(resent.exitCode, 0);
    QVERIFY(resent.outText().startsWith(QStringLiteral("succeeded: HTTP 201"))); // e2 was not created before

    const QString gone = dataDir(QStringLiteral("deleted"));
    QCOMPARE(send(gone, QStringLiteral("g1@x.example")).exitCode, 0);
    QVERIFY(QFile::remove(gone + QStringLiteral("/history.sqlite")));
    const auto list = history(gone, {QStringLiteral("list")});
    QCOMPARE(list.exitCode, 7);
    QVERIFY2(list.errText().contains(QStringLiteral("is missing")), qPrintable(list.errText()));
    QCOMPARE(history(gone, {QStringLiteral("list")}).exitCode, 0); // the new history is the history now
}

// The disk fills while the request is out (here the file may not grow any more, as RLIMIT_FSIZE
// makes it): the contact WAS created, the exit status says so, a warning says where the answer is
// kept, and the next opening writes it into its row instead of calling it interrupted.
void TestCliHistoryDamage::aFullDiskKeepsTheAnswerAndSaysSo()
{
    const QString dir = dataDir(QStringLiteral("full"));
    QCOMPARE(send(dir, QStringLiteral("f1@x.example")).exitCode, 0);
    const QString path = dir + QStringLiteral("/history.sqlite");
    QProcess sender;
    sender.setProcessEnvironment(env());
    sender.setChildProcessModifier([] { std::signal(SIGXFSZ, SIG_IGN); }); // a write fails, it does not kill
    sender.start(QStringLiteral(ASSERTDESK_CLI_EXE),
                 {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--data-dir"), dir, QStringLiteral("--header"),
                  QStringLiteral("X-Sandbox-Fault: delay=1500")});
    QVERIFY(sender.waitForStarted());
    const qint64 pid = sender.processId();
    sender.write(R"({"match":{"primary_email":"f2@x.example"},"attributes":{"first_name":"Full"}})");
    sender.closeWriteChannel();
    QVERIFY2(waitForInFlightRow(path), "the intent row never appeared");
    rlimit full {};
    full.rlim_cur = rlim_t(QFileInfo(path + QStringLiteral("-wal")).size());
    full.rlim_max = RLIM_INFINITY;
    QCOMPARE(::prlimit(pid_t(pid), RLIMIT_FSIZE, &full, nullptr), 0);
    QVERIFY(sender.waitForFinished(30000));
    const QString out = QString::fromUtf8(sender.readAllStandardOutput());
    const QString err = QString::fromUtf8(sender.readAllStandardError());
    QCOMPARE(sender.exitCode(), 0); // succeeded: the contact was created
    QVERIFY2(out.startsWith(QStringLiteral("succeeded: HTTP 201")), qPrintable(out));
    const QString kept = dir + QStringLiteral("/history.kept-2.json");
    QVERIFY2(err.contains(QStringLiteral("Warning: The history could not record the answer to entry 2")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("(succeeded, HTTP 201, contact ")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("is kept in ") + kept));
    QVERIFY(!err.contains(QStringLiteral("no transaction is active")));
    QVERIFY(!err.contains(QStringLiteral("Recorded as history entry")));
    QVERIFY(QFile::exists(kept));
    QCOMPARE(QFileInfo(kept).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

    const auto list = history(dir, {QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.errText().contains(QStringLiteral("The answer to entry 2, kept aside")), qPrintable(list.errText()));
    QVERIFY(!list.errText().contains(QStringLiteral("interrupted")));
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(QStringLiteral("\tsucceeded\t201\tcreated\tf2@x.example\t")),
             qPrintable(lines.at(1)));
    QVERIFY(!QFile::exists(kept));
}

QTEST_GUILESS_MAIN(TestCliHistoryDamage)
