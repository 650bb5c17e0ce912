#include "historystore.h"

#include "historylog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Knowing the history is whole: the checks at every opening, the full check after a failed read,
// counting what a damaged file still holds, and moving it aside intact.
namespace AssertDesk::History {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

quint64 bigEndian(const QByteArray &bytes, int at, int length)
{
    quint64 v = 0;
    for (int i = 0; i < length; ++i)
        v = (v << 8) | uchar(bytes.at(at + i));
    return v;
}

// What the first 100 bytes and the size say (https://sqlite.org/fileformat.html): cheap enough for
// every opening, and it catches a file cut short or overwritten from the start.
QString headerProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("it cannot be read: %1").arg(f.errorString());
    const qint64 size = f.size();
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return tr("it is not an SQLite database");
    qint64 pageSize = qint64(bigEndian(header, 16, 2));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("its header is damaged");
    if (size % pageSize != 0)
        return tr("it ends in the middle of a page, so it was cut short or written over");
    // The page count in the header holds only while the two change counters agree.
    const quint64 pages = bigEndian(header, 28, 4);
    if (pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && quint64(size) < pages * quint64(pageSize))
        return tr("it holds %1 of the %2 pages its header counts, so it was cut short").arg(size / pageSize).arg(pages);
    return {};
}

QString firstLine(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 160 ? simple.left(160) + QStringLiteral("…") : simple;
}

const char *const kRecordColumns
    = "id, state, sent_at, answered_at, profile, base_url, request_body, match_key, match_value, outcome, "
      "http_status, response_headers, response_body, response_compressed, response_size, response_truncated, "
      "duration_ms, contact_id, action, matched_on, error_code, error_message, app_version";

} // namespace

QString HistoryStore::markerPath() const
{
    return m_dir + QStringLiteral("/history.created");
}

// A small file beside the history that says one was made here: a history that later vanishes or
// is emptied is then told from one that never existed.
void HistoryStore::writeMarker() const
{
    if (QFile::exists(markerPath()))
        return;
    QFile f(markerPath());
    if (f.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner))
        f.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n');
}

bool HistoryStore::checkAtOpen(bool writer, bool thorough, QString *error)
{
    const QFileInfo file(databasePath());
    QFile marker(markerPath());
    const bool known = marker.open(QIODevice::ReadOnly);
    const QString started = known ? QString::fromUtf8(marker.readAll()).trimmed() : QString();
    if (!file.exists()) {
        if (known && writer) {
            m_notices << tr("The history %1 is missing: it was moved or deleted after Assert Desk last used it (it "
                            "was started on %2). A new, empty history was started; put the file back to see the "
                            "past asserts.")
                             .arg(databasePath(), started);
            marker.close();
            QFile::remove(markerPath());
            m_troubled = true;
        }
        return true;
    }
    QString problem;
    if (file.size() == 0) {
        if (!known)
            return true; // an opening that stopped before its first write left it
        problem = tr("it is empty: 0 bytes, where a history was started on %1").arg(started);
    } else {
        problem = inspectFile(thorough);
    }
    if (problem.isEmpty())
        return true;
    m_damage = problem;
    m_troubled = true;
    qCWarning(lcStore) << "history damaged:" << problem;
    if (!writer) {
        m_notices << damageSentence() + QLatin1Char(' ')
                + tr("It stays where it is while %1 uses the history.").arg(m_holder);
        return true;
    }
    if (!setAside(damageSentence(), error))
        return false;
    m_damage.clear(); // of the file set aside; a new one takes its place
    m_unreadableIds.clear();
    m_lastId = -1;
    return true;
}

QString HistoryStore::inspectFile(bool thorough)
{
    QString problem = headerProblem(databasePath());
    const QString probe = m_connection + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            if (problem.isEmpty())
                problem = tr("SQLite cannot open it: %1").arg(firstLine(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (problem.isEmpty() && (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()))
                problem = tr("SQLite cannot read it: %1").arg(firstLine(q.lastError().text()));
            q.finish();
            const qint64 size
                = QFileInfo(databasePath()).size() + QFileInfo(databasePath() + QStringLiteral("-wal")).size();
            if (problem.isEmpty() && (thorough || size <= m_quickCheckUpTo)) {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next())
                    problem
                        = tr("SQLite's check of the whole file failed: %1").arg(firstLine(check.lastError().text()));
                else if (check.value(0).toString() != QLatin1String("ok"))
                    problem
                        = tr("SQLite's check of the whole file found: %1").arg(firstLine(check.value(0).toString()));
            }
            if (!problem.isEmpty())
                countDamage(probe);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return problem;
}

// Which entries of a damaged file can still be read, one by one: ids are given out in order and
// never reused, so every id up to the newest was an entry.
void HistoryStore::countDamage(const QString &connection) const
{
    m_unreadableIds.clear();
    m_lastId = -1;
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery newest(db);
    if (!newest.exec(QStringLiteral("SELECT max(id) FROM asserts")) || !newest.next())
        return; // not even the newest id: the entries cannot be counted
    m_lastId = newest.value(0).toLongLong();
    QSqlQuery one(db);
    one.setForwardOnly(true);
    one.prepare(QStringLiteral("SELECT %1 FROM asserts WHERE id = ?").arg(QLatin1String(kRecordColumns)));
    for (qint64 id = 1; id <= m_lastId; ++id) {
        one.addBindValue(id);
        if (!one.exec() || !one.next() || one.lastError().isValid())
            m_unreadableIds.insert(id);
        one.finish();
    }
}

bool HistoryStore::noteFailedRead(const QString &error) const
{
    if (isDamaged())
        return true;
    QSqlQuery check(QSqlDatabase::database(m_connection));
    const bool whole = check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next()
        && check.value(0).toString() == QLatin1String("ok");
    check.finish();
    if (whole) {
        m_lastError = error;
        return false;
    }
    m_damage = tr("reading it failed: %1").arg(firstLine(error));
    qCWarning(lcStore) << "history damaged; a read failed:" << error;
    countDamage(m_connection);
    if (m_mode == Mode::ReadOnly) // the writer moves it aside, and says so then
        m_notices << damageSentence() + QLatin1Char(' ')
                + tr("It stays where it is while %1 uses the history.").arg(m_holder);
    return true;
}

QString HistoryStore::damageSentence() const
{
    const qint64 lost = m_unreadableIds.size();
    const QString counted = m_lastId < 0 ? tr("its entries cannot be counted")
        : lost == 0                      ? tr("all %1 of its entries can still be read").arg(m_lastId)
                                         : tr("%1 of its %2 entries cannot be read").arg(lost).arg(m_lastId);
    return tr("The history file is damaged (%1): %2.").arg(m_damage, counted);
}

Unreadable HistoryStore::unreadable() const
{
    Unreadable u;
    if (isDamaged()) {
        u.rows = m_lastId < 0 ? -1 : m_unreadableIds.size();
        u.reason = damageSentence();
    }
    return u;
}

bool HistoryStore::setAside(const QString &what, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = databasePath() + QStringLiteral(".damaged-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databasePath() + suffix) && !QFile::rename(databasePath() + suffix, aside + suffix)) {
            *error = what + QLatin1Char(' ') + tr("It could not be moved aside to %1.").arg(aside);
            return false;
        }
    }
    // Answers kept for its rows belong with it: their row numbers mean nothing in a new history.
    for (const qint64 id : KeptOutcome::idsIn(m_dir))
        QFile::rename(KeptOutcome::pathFor(m_dir, id), aside + QStringLiteral(".kept-%1.json").arg(id));
    m_kept.clear();
    QFile::remove(markerPath());
    m_notices << what + QLatin1Char(' ')
            + tr("It was moved aside, unchanged, to %1, and a new history was started.").arg(aside);
    qCWarning(lcStore) << "history damaged; moved aside to" << aside;
    return true;
}

bool HistoryStore::setAsideIfDamaged(QString *error)
{
    if (!isDamaged() || m_mode != Mode::ReadWrite)
        return true;
    const QString what = damageSentence();
    QSqlDatabase::database(m_connection, false).close();
    m_mode = Mode::Closed;
    if (!setAside(what, error))
        return false;
    m_damage.clear();
    m_unreadableIds.clear();
    m_lastId = -1;
    if (!createIfMissing(error) || !openDatabase(false, error) || !migrate(kSchemaVersion, error))
        return false;
    writeMarker();
    tightenPermissions();
    m_mode = Mode::ReadWrite;
    return true;
}

} // namespace AssertDesk::History
