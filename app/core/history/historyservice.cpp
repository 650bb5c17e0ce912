#include "historyservice.h"

#include <QSaveFile>

namespace AssertDesk::History {

HistoryService::HistoryService(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_worker(new QObject)
    , m_store(std::make_shared<HistoryStore>(m_dataDir))
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HistoryService::~HistoryService()
{
    // The store and its connection are destroyed on the thread that made them, after every task;
    // the worker goes when that thread finishes (not from inside one of its own calls).
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
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
        [promise, task = std::move(task)]() mutable {
            promise->addResult(task());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QString HistoryService::lastError() const
{
    QMutexLocker lock(&m_stateLock);
    return m_lastError;
}

QString HistoryService::currentWork() const
{
    const QMutexLocker lock(&m_stateLock);
    return m_currentWork;
}

void HistoryService::setLastError(const QString &error)
{
    QMutexLocker lock(&m_stateLock);
    m_lastError = error;
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
        if (!r.ok)
            setLastError(r.error);
        return r;
    });
}

QFuture<qint64> HistoryService::beginAttempt(const HistoryIntent &intent)
{
    return run([this, store = m_store, intent] {
        QString error;
        const qint64 id = store->beginAttempt(intent, &error);
        if (id < 0)
            setLastError(error);
        return id;
    });
}

QFuture<bool> HistoryService::completeAttempt(qint64 id, const Contract::SendResult &result)
{
    return run([this, store = m_store, id, result] {
        QString error;
        const bool ok = store->completeAttempt(id, result, &error);
        if (!ok)
            setLastError(error);
        return ok;
    });
}

QFuture<QList<HistoryRecord>> HistoryService::list(const HistoryFilter &filter, int limit, qint64 beforeId)
{
    return run([store = m_store, filter, limit, beforeId] { return store->list(filter, limit, beforeId); });
}

QFuture<std::optional<HistoryRecord>> HistoryService::record(qint64 id)
{
    return run([store = m_store, id] { return store->record(id); });
}

QFuture<QList<HistoryRecord>> HistoryService::timeline(const QString &emailOrId)
{
    return run([store = m_store, emailOrId] { return store->timeline(emailOrId); });
}

QFuture<qsizetype> HistoryService::exportTo(const QList<qint64> &ids, const HistoryFilter &filter,
                                            HistoryExport::Format format, const QString &path)
{
    return run([this, store = m_store, ids, filter, format, path]() -> qsizetype {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            setLastError(file.errorString());
            return -1;
        }
        QString error;
        const qsizetype n
            = HistoryExport::write(*store, ids.isEmpty() ? store->ids(filter) : ids, format, &file, &error);
        if (n < 0 || !file.commit()) {
            setLastError(error.isEmpty() ? file.errorString() : error);
            return -1;
        }
        return n;
    });
}

} // namespace AssertDesk::History
