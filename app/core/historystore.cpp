#include "historystore.h"

#include "buildinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "assertdesk.store", QtInfoMsg)

namespace AssertDesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

// Qt runs one statement per exec(): a migration file is split at the semicolons that end a line.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

HistoryStore::HistoryStore(QString dataDir)
    : m_dir(std::move(dataDir))
    , m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/assertdesk");
}

QString HistoryStore::databasePath() const
{
    return m_dir + QStringLiteral("/history.sqlite");
}

bool HistoryStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryStore::open(QString *error, int upToVersion)
{
    QDir().mkpath(m_dir);
    // The history holds customer data: only its owner may read it.
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_lock = std::make_unique<QLockFile>(m_dir + QStringLiteral("/history.lock"));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    const bool leftByACrash = QFile::exists(m_dir + QStringLiteral("/history.lock"));
    const bool writer = m_lock->tryLock(0);
    if (!writer) {
        if (!QFile::exists(databasePath())) {
            *error = tr("Another Assert Desk holds the history and it has no database yet.");
            return false;
        }
        m_notices << tr("Another Assert Desk is using the history, so this one opened it read-only: sending is "
                        "off here until that one quits.");
    }
    // A full check reads the whole file, so it runs only when the last writer did not close cleanly.
    if (writer && !quarantineIfDamaged(leftByACrash, error))
        return false;
    if (writer && !QFile::exists(databasePath())) {
        QFile f(databasePath());
        if (!f.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot create %1: %2").arg(databasePath(), f.errorString());
            return false;
        }
        f.close();
    }
    if (!openDatabase(!writer, error))
        return false;
    if (writer) {
        if (!migrate(upToVersion, error))
            return false;
        recoverInterrupted();
        tightenPermissions();
    }
    m_mode = writer ? Mode::ReadWrite : Mode::ReadOnly;
    return true;
}

bool HistoryStore::openDatabase(bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        *error = tr("Cannot open the history %1: %2").arg(databasePath(), db.lastError().text());
        return false;
    }
    if (!readOnly) {
        QString e;
        if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &e)
            || !exec(QStringLiteral("PRAGMA synchronous=FULL"), &e)) {
            *error = tr("Cannot set up the history: %1").arg(e);
            return false;
        }
        QSqlQuery mode(db);
        if (mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "history is not in WAL mode:" << mode.value(0).toString();
    }
    return true;
}

bool HistoryStore::quarantineIfDamaged(bool thorough, QString *error)
{
    if (!QFile::exists(databasePath()))
        return true;
    bool damaged = false;
    {
        const QString probe = m_connection + QStringLiteral("-probe");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
            db.setDatabaseName(databasePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                damaged = true;
            } else {
                QSqlQuery q(db);
                damaged = !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next();
                if (!damaged && thorough) {
                    QSqlQuery check(db);
                    damaged = !check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()
                        || check.value(0).toString() != QLatin1String("ok");
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(probe);
    }
    if (!damaged)
        return true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = databasePath() + QStringLiteral(".damaged-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databasePath() + suffix) && !QFile::rename(databasePath() + suffix, aside + suffix)) {
            *error = tr("The history file is damaged and could not be moved aside to %1.").arg(aside);
            return false;
        }
    }
    m_notices << tr("The history file was damaged. It was moved aside, unchanged, to %1, and a new history was "
                    "started.")
                     .arg(aside);
    qCWarning(lcStore) << "history damaged; moved aside to" << aside;
    return true;
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool HistoryStore::migrate(int upToVersion, QString *error)
{
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = tr("The history was written by a newer Assert Desk (schema %1; this one knows %2).")
                     .arg(current)
                     .arg(kSchemaVersion);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (int version = current + 1; version <= upToVersion; ++version) {
        // Resources are named NNN_what.sql; the number is the version they bring.
        const QStringList entries = QDir(QStringLiteral(":/sql"))
                                        .entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
        QFile file(QStringLiteral(":/sql/") + entries.value(0));
        if (entries.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            *error = tr("Migration %1 is missing from this build.").arg(version);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString e;
        bool ok = true;
        for (const QString &statement : statements(script))
            ok = ok && exec(statement, &e);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version), &e);
        if (!ok || !db.commit()) {
            db.rollback();
            *error = tr("Upgrading the history to version %1 failed: %2").arg(version).arg(e);
            return false;
        }
        qCInfo(lcStore) << "history migrated to version" << version;
    }
    return true;
}

void HistoryStore::recoverInterrupted()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE asserts SET state = 'interrupted', outcome = 'interrupted', "
                             "error_message = :message WHERE state = 'in_flight'"));
    q.bindValue(QStringLiteral(":message"),
                tr("Assert Desk stopped before the answer arrived: the outcome is unknown. Check the contact "
                   "before sending again."));
    if (q.exec() && q.numRowsAffected() > 0)
        m_notices << tr("%1 send(s) were interrupted by a crash or a forced quit; their outcome is unknown and "
                        "they are marked as interrupted in the history.")
                         .arg(q.numRowsAffected());
}

void HistoryStore::tightenPermissions() const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(databasePath() + suffix))
            QFile::setPermissions(databasePath() + suffix, QFile::ReadOwner | QFile::WriteOwner);
}

QString HistoryStore::ftsQuery(const QString &text)
{
    // Every word must appear, as a prefix; quoting makes "@" and "." part of a phrase, not syntax.
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace AssertDesk::Core
