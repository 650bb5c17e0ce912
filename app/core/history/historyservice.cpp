#include "historyservice.h"

#include <QFile>
#include <QSaveFile>

namespace AssertDesk::History {

HistoryService::HistoryService(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_worker(new QObject)
    , m_store(std::make_shared<HistoryStore>(m_dataDir))
    , m_gatherTimer(new QTimer(m_worker))
{
    m_gatherTimer->setSingleShot(true);
    m_gatherTimer->setInterval(kGatherMs);
    connect(m_gatherTimer, &QTimer::timeout, m_worker, [this] { writePending(); });
    m_notes.setMaxThreadCount(1);
    m_notes.setObjectName(QStringLiteral("history notes"));
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HistoryService::~HistoryService()
{
    // The store and its connection are destroyed on the thread that made them, after every task;
    // the worker goes when that thread finishes (not from inside one of its own calls). Answers
    // still gathering are written first. No note of a release may outlive the store.
    m_notes.waitForDone();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            writePending();
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_worker->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

template<typename F> auto HistoryService::run(F task) -> QFuture<decltype(task())>
{
    using Result = decltype(task());
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, promise, task = std::move(task)]() mutable {
            Result result = task();
            emitNewNotices();
            promise->addResult(std::move(result));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void HistoryService::emitNewNotices()
{
    if (!m_store)
        return;
    const QStringList all = m_store->notices();
    for (qsizetype i = m_noticesSeen; i < all.size(); ++i)
        Q_EMIT noticed(all.at(i));
    m_noticesSeen = all.size();
}

QString HistoryService::currentWork() const
{
    const QMutexLocker lock(&m_stateLock);
    return m_currentWork;
}

void HistoryService::setLockPatience(const HistoryLock::Patience &patience)
{
    QMetaObject::invokeMethod(
        m_worker, [store = m_store, patience] { store->setLockPatience(patience); }, Qt::QueuedConnection);
}

void HistoryService::setCompletionFault(std::function<QString()> fault)
{
    QMetaObject::invokeMethod(
        m_worker, [store = m_store, fault = std::move(fault)] { store->setCompletionFault(fault); },
        Qt::QueuedConnection);
}

QFuture<HistoryService::OpenResult> HistoryService::open(qint64 reportAbove)
{
    return run([this, store = m_store, reportAbove] {
        store->setProgress(
            [this](const QString &what) {
                {
                    const QMutexLocker lock(&m_stateLock);
                    m_currentWork = what;
                }
                Q_EMIT working(what);
            },
            reportAbove);
        OpenResult r;
        r.ok = store->open(&r.error);
        store->setProgress({});
        {
            const QMutexLocker lock(&m_stateLock);
            m_currentWork.clear();
        }
        r.mode = store->mode();
        r.notices = store->notices();
        r.holder = store->holder();
        r.troubled = store->openedWithTrouble();
        m_noticesSeen = r.notices.size(); // the opening hands these over itself
        return r;
    });
}

QFuture<HistoryService::BeginResult> HistoryService::beginAttempt(const HistoryIntent &intent)
{
    PendingWrite write;
    write.intent = intent;
    write.begun = std::make_shared<QPromise<BeginResult>>();
    write.begun->start();
    QFuture<BeginResult> future = write.begun->future();
    queueWrite(std::move(write));
    return future;
}

QFuture<HistoryService::CompleteResult> HistoryService::completeAttempt(qint64 id, const Contract::SendResult &result,
                                                                        Gathering gathering)
{
    PendingWrite write;
    write.id = id;
    write.result = result;
    write.gathered = gathering == Gathering::Gathered;
    write.completed = std::make_shared<QPromise<CompleteResult>>();
    write.completed->start();
    QFuture<CompleteResult> future = write.completed->future();
    queueWrite(std::move(write));
    return future;
}

void HistoryService::queueWrite(PendingWrite write)
{
    const QMutexLocker lock(&m_writesLock);
    const bool gathered = write.gathered;
    m_pendingWrites.push_back(std::move(write));
    // One turn of the history's thread for all that gather before it comes; in the order of the
    // other tasks, so a task asked for after a write sees it. Gathered answers wait for the
    // timer, unless a write that may not wait comes first and takes them along.
    if (!gathered && m_flush != Flush::Now) {
        m_flush = Flush::Now;
        QMetaObject::invokeMethod(
            m_worker, [this] { writePending(); }, Qt::QueuedConnection);
    } else if (gathered && m_flush == Flush::None) {
        m_flush = Flush::Soon;
        QMetaObject::invokeMethod(
            m_worker, [this] { m_gatherTimer->start(); }, Qt::QueuedConnection);
    }
}

void HistoryService::writePending()
{
    std::vector<PendingWrite> writes;
    {
        const QMutexLocker lock(&m_writesLock);
        writes.swap(m_pendingWrites);
        m_flush = Flush::None;
    }
    m_gatherTimer->stop();
    if (writes.empty())
        return;
    bool together = false;
    if (writes.size() > 1 && m_store) {
        QList<HistoryStore::GroupWrite> group;
        for (const PendingWrite &w : writes)
            group.append({w.intent ? &*w.intent : nullptr, w.id, w.intent ? nullptr : &w.result, -1});
        together = m_store->writeGroup(group);
        for (qsizetype i = 0; together && i < group.size(); ++i) {
            PendingWrite &w = writes[size_t(i)];
            if (w.begun) {
                w.begun->addResult(BeginResult {group.at(i).newId, {}});
                w.begun->finish();
            } else {
                w.completed->addResult(CompleteResult {true, {}, {}});
                w.completed->finish();
            }
        }
    }
    // Alone, or each on its own when the group failed: then each says what went wrong with it.
    if (!together)
        for (PendingWrite &w : writes)
            writeAlone(w);
    emitNewNotices();
}

void HistoryService::writeAlone(PendingWrite &write)
{
    if (write.begun) {
        BeginResult r;
        if (m_store)
            r.id = m_store->beginAttempt(*write.intent, &r.error);
        else
            r.error = tr("the history closed");
        write.begun->addResult(r);
        write.begun->finish();
        return;
    }
    CompleteResult r;
    if (m_store) {
        r.written = m_store->completeAttempt(write.id, write.result, &r.error);
        if (!r.written)
            r.keptIn = m_store->keptFile(write.id);
    } else {
        r.error = tr("the history closed");
    }
    write.completed->addResult(r);
    write.completed->finish();
}

QFuture<HistoryService::AheadResult> HistoryService::beginAhead(const QList<HistoryIntent> &intents)
{
    return run([store = m_store, intents] {
        AheadResult r;
        r.ids = store->beginAhead(intents, &r.error);
        return r;
    });
}

QFuture<QString> HistoryService::release(const QList<qint64> &ids)
{
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    // The store lives until the destructor has waited for this pool; only its log is touched here.
    m_notes.start([store = m_store.get(), promise, ids] {
        QString error;
        store->release(ids, &error);
        promise->addResult(error);
        promise->finish();
    });
    return future;
}

QFuture<QString> HistoryService::withdraw(const QList<qint64> &ids)
{
    return run([store = m_store, ids] {
        QString error;
        store->withdraw(ids, &error);
        return error;
    });
}

QFuture<HistoryService::ListResult> HistoryService::list(const HistoryFilter &filter, int limit, qint64 beforeId)
{
    return run([store = m_store, filter, limit, beforeId] {
        ListResult r;
        r.rows = store->list(filter, limit, beforeId, &r.unreadable);
        QString error;
        store->setAsideIfDamaged(&error); // new sends go to a whole file; the notice says where this went
        return r;
    });
}

QFuture<std::optional<HistoryRecord>> HistoryService::record(qint64 id)
{
    return run([store = m_store, id] { return store->record(id); });
}

QFuture<QList<HistoryRecord>> HistoryService::timeline(const QString &emailOrId)
{
    return run([store = m_store, emailOrId] { return store->timeline(emailOrId); });
}

QFuture<QList<ContactChange>> HistoryService::contactChanges(const QString &contactId)
{
    return run([store = m_store, contactId] { return store->contactChanges(contactId); });
}

QFuture<QList<ContactChange>> HistoryService::matchChanges(const QString &matchValue)
{
    return run([store = m_store, matchValue] { return store->matchChanges(matchValue); });
}

QFuture<qint64> HistoryService::count(const HistoryFilter &filter)
{
    return run([store = m_store, filter] { return store->count(filter); });
}

QFuture<QStringList> HistoryService::profiles()
{
    return run([store = m_store] { return store->profiles(); });
}

QFuture<HistoryService::ExportResult> HistoryService::exportTo(const QList<qint64> &ids, const HistoryFilter &filter,
                                                               HistoryExport::Format format, const QString &path)
{
    return run([store = m_store, ids, filter, format, path] {
        ExportResult r;
        QSaveFile file(path);
        // Customer data: readable by its owner only, like the history itself.
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            r.error = file.errorString();
            return r;
        }
        Unreadable fromIds;
        const QList<qint64> chosen = ids.isEmpty() ? store->ids(filter, &fromIds) : ids;
        Unreadable fromRows;
        const qsizetype n = HistoryExport::write(*store, chosen, format, &file, &r.error, &fromRows);
        r.unreadable = fromRows.any() ? fromRows : fromIds;
        if (n < 0 || !file.commit()) {
            if (r.error.isEmpty())
                r.error = file.errorString();
            return r;
        }
        r.written = n;
        QString error;
        store->setAsideIfDamaged(&error);
        return r;
    });
}

QFuture<HistoryService::BatchResult> HistoryService::createBatch(const BatchRecord &batch)
{
    return run([store = m_store, batch] {
        BatchResult r;
        r.id = store->createBatch(batch, &r.error);
        return r;
    });
}

QFuture<std::optional<BatchRecord>> HistoryService::batch(qint64 id)
{
    return run([store = m_store, id] { return store->batch(id); });
}

QFuture<QList<BatchListing>> HistoryService::batches(int limit)
{
    return run([store = m_store, limit] { return store->batches(limit); });
}

QFuture<QList<BatchRowState>> HistoryService::batchRows(qint64 batchId)
{
    return run([store = m_store, batchId] { return store->batchRows(batchId); });
}

QFuture<QString> HistoryService::setBatchState(qint64 batchId, const QString &state)
{
    return run([store = m_store, batchId, state] {
        QString error;
        store->setBatchState(batchId, state, &error);
        return error;
    });
}

QFuture<QString> HistoryService::setBatchCheck(qint64 historyId, const QString &check, const QString &contactId)
{
    return run([store = m_store, historyId, check, contactId] {
        QString error;
        store->setBatchCheck(historyId, check, &error, contactId);
        return error;
    });
}

} // namespace AssertDesk::History
