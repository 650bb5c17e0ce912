#include "aheadlog.h"
#include "historylog.h"
#include "historystatements.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Intents written ahead of their turn (a batch's windows), the record of which of them left, and
// settling the ones that never did.
namespace AssertDesk::History {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

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
        Contract::SendResult unsent;
        unsent.outcome = Contract::Outcome::NotSent;
        unsent.summary = Tr::tr("Nothing was sent: %1").arg(e);
        unsent.answeredAt = QDateTime::currentDateTimeUtc(); // it never left: sent_at stays the intent's
        QString ignored;
        writeSettled(ids, unsent, &ignored);
        *error = e;
        return {};
    }
    return ids;
}

bool HistoryStore::release(const QList<qint64> &ids, QString *error)
{
    return m_aheadLog.noteReleased(ids, error);
}

bool HistoryStore::settle(const QList<qint64> &ids, const Contract::SendResult &result, QString *error)
{
    if (ids.isEmpty())
        return true;
    return readyToWrite(error) && writeSettled(ids, result, error);
}

bool HistoryStore::writeSettled(const QList<qint64> &ids, const Contract::SendResult &result, QString *error)
{
    if (!prepared().ok) {
        *error = prepared().lastError;
        return false;
    }
    setDurable(false);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    QString e;
    for (const qint64 id : ids) {
        ok = updateCompletion(id, result, {}, {}, &e);
        if (!ok)
            break;
    }
    if (!ok || !db.commit()) {
        if (ok)
            e = db.lastError().text();
        db.rollback();
        *error = e;
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
        Contract::SendResult unsent;
        unsent.outcome = Contract::Outcome::NotSent;
        unsent.summary = Tr::tr("Never sent: written ahead of its turn in a batch, and Assert Desk stopped before it "
                                "left. A resume sends it.");
        unsent.answeredAt = QDateTime::currentDateTimeUtc(); // it never left: sent_at stays the intent's
        QString e;
        if (!writeSettled(neverLeft, unsent, &e))
            qCWarning(lcStore) << "rows written ahead could not be settled:" << e;
    }
    // Only now: until the rows above are settled, the old log is what tells them apart.
    QString e;
    if (!m_aheadLog.start(aheadLogPath(), &e))
        qCWarning(lcStore) << e;
}

} // namespace AssertDesk::History
