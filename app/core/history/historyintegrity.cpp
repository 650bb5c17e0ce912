#include "historystore.h"

#include "historylog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Knowing the history is whole: the checks at every opening, the full check after a failed read,
// counting what a damaged file still holds, and moving it aside intact.
namespace AssertDesk::History {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

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
        return Tr::tr("it cannot be read: %1").arg(f.errorString());
    const qint64 size = f.size();
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Tr::tr("it is not an SQLite database");
    qint64 pageSize = qint64(bigEndian(header, 16, 2));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Tr::tr("its header is damaged");
    if (size % pageSize != 0)
        return Tr::tr("it ends in the middle of a page, so it was cut short or written over");
    // The page count in the header holds only while the two change counters agree, and only
    // without a write-ahead log: a checkpoint cut short by a crash writes the header before the
    // pages it counts, and SQLite finishes it from the log.
    const quint64 pages = bigEndian(header, 28, 4);
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    if (pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && quint64(size) < pages * quint64(pageSize))
        return Tr::tr("it holds %1 of the %2 pages its header counts, so it was cut short")
            .arg(size / pageSize)
            .arg(pages);
    return {};
}

QString firstLine(const QString &text)
{
    QString simple = text;
    simple.remove(QStringLiteral("*** in database main ***"));
    simple = simple.simplified();
    return simple.size() > 160 ? simple.left(160) + QStringLiteral("…") : simple;
}

// Every stored value of a row in one expression, so that SQLite reads all of it.
const char *const kWholeRow
    = "CAST(state || sent_at || coalesce(answered_at, '') || profile || base_url || request_body AS BLOB) || "
      "CAST(coalesce(match_key, '') || coalesce(match_value, '') || coalesce(outcome, '') || "
      "coalesce(http_status, '') || coalesce(response_headers, '') AS BLOB) || coalesce(response_body, x'') || "
      "CAST(coalesce(response_size, '') || coalesce(duration_ms, '') || coalesce(contact_id, '') || "
      "coalesce(action, '') || coalesce(matched_on, '') || coalesce(error_code, '') || "
      "coalesce(error_message, '') || app_version AS BLOB)";

qint64 readVarint(const QByteArray &bytes, qint64 &at)
{
    quint64 v = 0;
    for (int i = 0; i < 9 && at < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(at++));
        if (i == 8)
            return qint64((v << 8) | c);
        v = (v << 7) | (c & 0x7f);
        if (!(c & 0x80))
            break;
    }
    return qint64(v);
}

// The rowid of cell `cell` of table leaf page `page`, read from the file itself (the damaged
// page is what SQLite cannot be asked about); -1 when the page is no table leaf.
qint64 rowidOfCell(QFile &file, qint64 pageSize, qint64 page, int cell)
{
    if (!file.seek((page - 1) * pageSize))
        return -1;
    const QByteArray bytes = file.read(pageSize);
    const qint64 header = page == 1 ? 100 : 0;
    if (bytes.size() != pageSize || uchar(bytes.at(header)) != 0x0d)
        return -1;
    if (cell >= qint64(bigEndian(bytes, int(header + 3), 2)))
        return -1;
    qint64 at = qint64(bigEndian(bytes, int(header + 8 + 2 * cell), 2));
    readVarint(bytes, at); // the payload's size
    return readVarint(bytes, at);
}

// The asserts rows whose cells SQLite's check names ("On tree page 20 cell 2: ..."): an overflow
// page filled with garbage is found that way, though the row still reads.
QSet<qint64> rowsNamedByCheck(QSqlDatabase db, const QString &path)
{
    QSet<qint64> ids;
    QSqlQuery q(db);
    QStringList findings;
    if (q.exec(QStringLiteral("PRAGMA quick_check(100)")))
        while (q.next())
            findings << q.value(0).toString();
    q.finish();
    QSet<qint64> pages; // the asserts table's own, as far as they can still be walked
    if (q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'asserts'")))
        while (q.next())
            pages.insert(q.value(0).toLongLong());
    q.finish();
    const qint64 pageSize = q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QFile file(path);
    if (pageSize <= 0 || !file.open(QIODevice::ReadOnly))
        return ids;
    static const QRegularExpression cellOf(QStringLiteral("On tree page (\\d+) cell (\\d+)"));
    for (const QString &finding : std::as_const(findings)) {
        for (auto it = cellOf.globalMatch(finding); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qint64 page = m.captured(1).toLongLong();
            if (pages.isEmpty() || pages.contains(page))
                if (const qint64 id = rowidOfCell(file, pageSize, page, m.captured(2).toInt()); id > 0)
                    ids.insert(id);
        }
    }
    return ids;
}

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
            m_notices << Tr::tr("The history %1 is missing: it was moved or deleted after Assert Desk last used it (it "
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
        problem = Tr::tr("it is empty: 0 bytes, where a history was started on %1").arg(started);
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
                + Tr::tr("It stays where it is while %1 uses the history.").arg(m_holder);
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
                problem = Tr::tr("SQLite cannot open it: %1").arg(firstLine(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (problem.isEmpty() && (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()))
                problem = Tr::tr("SQLite cannot read it: %1").arg(firstLine(q.lastError().text()));
            q.finish();
            const qint64 size
                = QFileInfo(databasePath()).size() + QFileInfo(databasePath() + QStringLiteral("-wal")).size();
            if (problem.isEmpty() && (thorough || size <= m_quickCheckUpTo)) {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next())
                    problem = Tr::tr("SQLite's check of the whole file failed: %1")
                                  .arg(firstLine(check.lastError().text()));
                else if (check.value(0).toString() != QLatin1String("ok"))
                    problem = Tr::tr("SQLite's check of the whole file found: %1")
                                  .arg(firstLine(check.value(0).toString()));
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
    // SQLite keeps no checksums, so what can be checked is: the row can be found, all of it can be
    // read (the concatenation walks every overflow page), the request is the JSON it was when it
    // was sent, and a compressed answer still decompresses (zlib checks it).
    QSqlQuery one(db);
    one.setForwardOnly(true);
    one.prepare(QStringLiteral("SELECT response_compressed, response_body FROM asserts WHERE id = ? AND "
                               "json_valid(request_body) AND length(%1) >= 0")
                    .arg(QLatin1String(kWholeRow)));
    for (qint64 id = 1; id <= m_lastId; ++id) {
        one.addBindValue(id);
        bool whole = one.exec() && one.next() && !one.lastError().isValid();
        if (whole && one.value(0).toInt() != 0)
            whole = !qUncompress(one.value(1).toByteArray()).isEmpty();
        if (!whole)
            m_unreadableIds.insert(id);
        one.finish();
    }
    // Garbage inside a value reads as data; SQLite's check still sees the page pointers around it,
    // and names the row's cell.
    for (const qint64 id : rowsNamedByCheck(db, databasePath()))
        if (id >= 1 && id <= m_lastId)
            m_unreadableIds.insert(id);
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
    m_damage = Tr::tr("reading it failed: %1").arg(firstLine(error));
    qCWarning(lcStore) << "history damaged; a read failed:" << error;
    countDamage(m_connection);
    if (m_mode == Mode::ReadOnly) // the writer moves it aside, and says so then
        m_notices << damageSentence() + QLatin1Char(' ')
                + Tr::tr("It stays where it is while %1 uses the history.").arg(m_holder);
    return true;
}

QString HistoryStore::damageSentence() const
{
    const qint64 lost = m_unreadableIds.size();
    const QString counted = m_lastId < 0 ? Tr::tr("its entries cannot be counted")
        : lost == 0
        ? Tr::tr("all %1 of its entries can still be read; the damage is in what they share (an index, free "
                 "space)")
              .arg(m_lastId)
        : Tr::tr("%1 of its %2 entries cannot be read").arg(lost).arg(m_lastId);
    return Tr::tr("The history file is damaged (%1): %2.").arg(m_damage, counted);
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
            *error = what + QLatin1Char(' ') + Tr::tr("It could not be moved aside to %1.").arg(aside);
            return false;
        }
    }
    // Answers kept for its rows belong with it: their row numbers mean nothing in a new history.
    for (const qint64 id : KeptOutcome::idsIn(m_dir))
        QFile::rename(KeptOutcome::pathFor(m_dir, id), aside + QStringLiteral(".kept-%1.json").arg(id));
    m_kept.clear();
    QFile::remove(markerPath());
    m_notices << what + QLatin1Char(' ')
            + Tr::tr("It was moved aside, unchanged, to %1, and a new history was started (sqlite3's .recover "
                     "command can save what the old file still holds).")
                  .arg(aside);
    qCWarning(lcStore) << "history damaged; moved aside to" << aside;
    return true;
}

bool HistoryStore::setAsideIfDamaged(QString *error)
{
    if (!isDamaged() || m_mode != Mode::ReadWrite)
        return true;
    const QString what = damageSentence();
    dropStatements();
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
