#include "historystore.h"
#include "historystatements.h"

#include "buildinfo.h"

#include "historylog.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace AssertDesk::History {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

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
    dropStatements();
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

    m_lock = std::make_unique<HistoryLock>(m_dir + QStringLiteral("/history.lock"));
    const bool writer = m_lock->acquire(m_patience, [this](const QString &holder) {
        if (m_progress)
            m_progress(Tr::tr("Waiting for %1, which is using the history…").arg(holder));
    });
    if (!writer) {
        m_holder = m_lock->holder();
        if (!QFile::exists(databasePath())) {
            *error = Tr::tr("%1 holds the history and it has no database yet.").arg(m_holder);
            return false;
        }
        m_notices << Tr::tr("%1 is using the history, so this one opened it read-only: sending is off here until it "
                            "is done.")
                         .arg(m_holder);
    }
    // The full check always runs when the last writer did not close cleanly.
    if (!checkAtOpen(writer, m_lock->leftByACrash(), error))
        return false;
    if (writer && !createIfMissing(error))
        return false;
    if (!openDatabase(!writer, error))
        return false;
    if (writer) {
        if (!migrate(upToVersion, error))
            return false;
    }
    m_schema = schemaVersion();
    if (writer) {
        writeMarker();
        writeKept(); // before recovery: a row whose answer was kept was not interrupted
        settleWrittenAhead();
        recoverInterrupted();
        tightenPermissions();
    }
    m_mode = writer ? Mode::ReadWrite : Mode::ReadOnly;
    return true;
}

bool HistoryStore::createIfMissing(QString *error)
{
    if (QFile::exists(databasePath()))
        return true;
    QFile f(databasePath());
    if (!f.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = Tr::tr("Cannot create %1: %2").arg(databasePath(), f.errorString());
        return false;
    }
    f.close();
    return true;
}

bool HistoryStore::openDatabase(bool readOnly, QString *error)
{
    dropStatements();
    m_intents.clear();
    m_durable = -1;
    m_tightened = false;
    m_keptScan.invalidate();
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        *error = Tr::tr("Cannot open the history %1: %2").arg(databasePath(), db.lastError().text());
        return false;
    }
    if (!readOnly) {
        QString e;
        if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &e)
            || !exec(QStringLiteral("PRAGMA synchronous=FULL"), &e)) {
            *error = Tr::tr("Cannot set up the history: %1").arg(e);
            return false;
        }
        QSqlQuery mode(db);
        if (mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "history is not in WAL mode:" << mode.value(0).toString();
    }
    return true;
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

// The schema's steps, in order; a new step is a line here and a file in resources/sql.
const HistoryStore::MigrationStep HistoryStore::kMigrations[] = {
    {1, "001_initial.sql", nullptr},
    {2, "002_search.sql", nullptr},
    {3, "003_search_words.sql", &HistoryStore::reindexSearch}, // emails become words of their own
    {4, "004_before_state.sql", nullptr},                      // before-state, prediction, surprise
    {5, "005_batches.sql", nullptr},                           // batches; each attempt's batch and row
};

bool HistoryStore::migrate(int upToVersion, QString *error)
{
    static_assert(std::size(kMigrations) == kSchemaVersion, "one migration step per schema version");
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = Tr::tr("The history was written by a newer Assert Desk (schema %1; this one knows %2).")
                     .arg(current)
                     .arg(kSchemaVersion);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const MigrationStep &step : kMigrations) {
        if (step.version <= current || step.version > upToVersion)
            continue;
        QFile file(QStringLiteral(":/sql/") + QLatin1String(step.script));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("Migration %1 is missing from this build.").arg(step.version);
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
        if (step.after)
            ok = ok && (this->*step.after)(&e);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version), &e);
        if (ok && !db.commit()) {
            ok = false;
            e = db.lastError().text();
        }
        if (!ok) {
            db.rollback(); // may say there is no transaction left: SQLite can end it on its own
            *error = Tr::tr("Upgrading the history to version %1 failed: %2").arg(step.version).arg(e);
            return false;
        }
        qCInfo(lcStore) << "history migrated to version" << step.version;
    }
    return true;
}

void HistoryStore::recoverInterrupted()
{
    // A row whose answer is kept aside (the history could not take it yet) was answered.
    QStringList kept;
    for (const qint64 id : m_kept.keys())
        kept << QString::number(id);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE asserts SET state = 'interrupted', outcome = 'interrupted', "
                             "error_message = :message WHERE state = 'in_flight' AND id NOT IN (%1)")
                  .arg(kept.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":message"),
                Tr::tr("Assert Desk stopped before the answer arrived: the outcome is unknown. Check the contact "
                       "before sending again."));
    if (q.exec() && q.numRowsAffected() > 0)
        m_notices << Tr::tr("%1 send(s) were interrupted by a crash or a forced quit; their outcome is unknown and "
                            "they are marked as interrupted in the history.")
                         .arg(q.numRowsAffected());
}

void HistoryStore::tightenPermissions() const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(databasePath() + suffix))
            QFile::setPermissions(databasePath() + suffix, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace AssertDesk::History
