#include "historystore.h"

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

// The schema's steps, in order; a new step is a line here and a file in resources/sql.
const HistoryStore::MigrationStep HistoryStore::kMigrations[] = {
    {1, "001_initial.sql", nullptr},
    {2, "002_search.sql", nullptr},
    {3, "003_search_words.sql", &HistoryStore::reindexSearch}, // emails become words of their own
};

bool HistoryStore::migrate(int upToVersion, QString *error)
{
    static_assert(std::size(kMigrations) == kSchemaVersion, "one migration step per schema version");
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = tr("The history was written by a newer Assert Desk (schema %1; this one knows %2).")
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
            *error = tr("Migration %1 is missing from this build.").arg(step.version);
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
        if (!ok || !db.commit()) {
            db.rollback();
            *error = tr("Upgrading the history to version %1 failed: %2").arg(step.version).arg(e);
            return false;
        }
        qCInfo(lcStore) << "history migrated to version" << step.version;
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

namespace {

bool isJoiner(QChar c)
{
    return c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('+');
}

// The words of a text, split at white space (no regular expression: the search index is rebuilt
// with this for every row of a history).
QList<QStringView> wordsOf(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            out << text.mid(start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

QString HistoryStore::ftsQuery(const QString &text)
{
    // Every word must appear, as a prefix; quoting makes the word's punctuation text, not syntax.
    QStringList terms;
    for (QStringView view : wordsOf(text)) {
        QString word = view.toString();
        qsizetype from = 0;
        qsizetype to = word.size();
        while (from < to && isJoiner(word.at(from)))
            ++from;
        while (to > from && isJoiner(word.at(to - 1)))
            --to;
        if (from == to)
            continue;
        word = word.mid(from, to - from);
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString HistoryStore::searchWords(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QStringView view : wordsOf(value)) {
            const QString word = view.toString();
            out << word;
            if (std::none_of(word.cbegin(), word.cend(), isJoiner))
                continue;
            const qsizetype at = word.lastIndexOf(QLatin1Char('@'));
            const QString domain = at >= 0 ? word.mid(at + 1) : word;
            if (at >= 0)
                out << word.left(at) << domain;
            for (qsizetype dot = domain.indexOf(QLatin1Char('.')); dot >= 0;
                 dot = domain.indexOf(QLatin1Char('.'), dot + 1))
                out << domain.mid(dot + 1);
            qsizetype start = 0;
            for (qsizetype i = 0; i <= word.size(); ++i) {
                if (i == word.size() || isJoiner(word.at(i))) {
                    out << word.mid(start, i - start);
                    start = i + 1;
                }
            }
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out.join(QLatin1Char(' '));
}

bool HistoryStore::reindexSearch(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (m_progress) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM asserts")) && count.next()
            && count.value(0).toLongLong() > m_reportAbove)
            m_progress(tr("Updating the history's search index (%L1 entries) for this version of Assert Desk; the "
                          "history and sending wait until it is done.")
                           .arg(count.value(0).toLongLong()));
    }
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT rowid, emails, names, contact_id, error_code FROM asserts_fts"))
        || !write.prepare(QStringLiteral("INSERT INTO asserts_search (rowid, emails, names, contact_id, error_code) "
                                         "VALUES (?, ?, ?, ?, ?)"))) {
        *error = read.lastError().text().isEmpty() ? write.lastError().text() : read.lastError().text();
        return false;
    }
    while (read.next()) {
        write.addBindValue(read.value(0));
        for (int column = 1; column <= 4; ++column)
            write.addBindValue(searchWords({read.value(column).toString()}));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    read.finish();
    return exec(QStringLiteral("DROP TABLE asserts_fts"), error)
        && exec(QStringLiteral("ALTER TABLE asserts_search RENAME TO asserts_fts"), error);
}

} // namespace AssertDesk::History
