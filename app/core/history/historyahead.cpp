#include "historylog.h"
#include "historystatements.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Intents written ahead of their turn (a batch's windows), the record of which of them left, and
// taking back the ones that never did.
namespace AssertDesk::History {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

} // namespace

QString HistoryStore::aheadLogPath() const
{
    return m_dir + QStringLiteral("/history.ahead");
}

QList<qint64> HistoryStore::beginAhead(const QList<HistoryIntent> &intents, QString *error)
{
    if (!readyToWrite(error))
        return {};
    if (!m_aheadLog.isOpen()) {
        *error = Tr::tr("the record of rows written ahead is not open");
        return {};
    }
    setDurable(true); // synced before any of them leaves, as a single intent is
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return {};
    }
    QList<qint64> ids;
    ids.reserve(intents.size());
    QString e;
    for (const HistoryIntent &intent : intents) {
        const qint64 id = insertIntent(intent, &e);
        if (id <= 0)
            break;
        ids.append(id);
    }
    const bool ok = ids.size() == intents.size();
    if (!ok || !db.commit()) {
        if (ok)
            e = db.lastError().text();
        db.rollback();
        for (const qint64 id : std::as_const(ids))
            m_intents.remove(id);
        *error = e;
        return {};
    }
    wrote();
    if (!m_aheadLog.noteAhead(ids, &e)) {
        // Not known to be ahead, they would read as interrupted after a crash: they never leave.
        QString ignored;
        deleteUnsent(ids, &ignored);
        *error = e;
        return {};
    }
    return ids;
}

bool HistoryStore::release(const QList<qint64> &ids, QString *error)
{
    return m_aheadLog.noteReleased(ids, error);
}

bool HistoryStore::withdraw(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    // The note first: should the deletion not happen, the rows read as interrupted (checked
    // before anything is resent), never an id given again as one never sent.
    return readyToWrite(error) && m_aheadLog.noteWithdrawn(ids, error) && deleteUnsent(ids, error);
}

bool HistoryStore::deleteUnsent(const QList<qint64> &ids, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    setDurable(false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Only rows still in flight: one completed meanwhile is an attempt like any other.
    QSqlQuery q(db);
    const QString in = idList(ids);
    bool ok = q.exec(QStringLiteral("DELETE FROM asserts_fts WHERE rowid IN (SELECT id FROM asserts WHERE id IN (%1) "
                                    "AND state = 'in_flight')")
                         .arg(in))
        && q.exec(QStringLiteral("DELETE FROM asserts WHERE id IN (%1) AND state = 'in_flight'").arg(in));
    if (!ok || !db.commit()) {
        *error = ok ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return false;
    }
    for (const qint64 id : ids)
        m_intents.remove(id);
    return true;
}

void HistoryStore::settleWrittenAhead()
{
    const AheadLog::Reading log = AheadLog::read(aheadLogPath());
    QList<qint64> neverLeft;
    if (log.sameBoot) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id FROM asserts WHERE state = 'in_flight'")))
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (log.ahead.contains(id) && !log.released.contains(id) && !m_kept.contains(id))
                    neverLeft.append(id);
            }
    }
    if (!neverLeft.isEmpty()) {
        QString e;
        if (deleteUnsent(neverLeft, &e))
            qCInfo(lcStore) << neverLeft.size() << "rows written ahead never left; taken back";
        else
            qCWarning(lcStore) << "rows written ahead could not be taken back:" << e;
    }
    // Only now: until the rows above are gone, the old log is what tells them apart.
    QString e;
    if (!m_aheadLog.start(aheadLogPath(), &e))
        qCWarning(lcStore) << e;
}

} // namespace AssertDesk::History
