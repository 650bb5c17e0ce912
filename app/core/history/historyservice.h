#pragma once

#include "historyexport.h"
#include "historystore.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <optional>

namespace AssertDesk::History {

// The history on a thread of its own, so the window never waits on the disk. Every call runs
// on that one thread, because a SQLite connection belongs to the thread that opened it; results
// come back as futures. (A thread pool would not do: waiting on a QtConcurrent future may run
// the task on the waiting thread instead.)
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    struct OpenResult
    {
        bool ok = false;
        QString error;
        HistoryStore::Mode mode = HistoryStore::Mode::Closed;
        QStringList notices;
    };

    explicit HistoryService(QString dataDir, QObject *parent = nullptr);
    ~HistoryService() override;

    // `reportAbove`: how many entries an upgrade must touch before working() says so.
    QFuture<OpenResult> open(qint64 reportAbove = HistoryStore::kAnnounceUpgradeAbove);
    QFuture<qint64> beginAttempt(const HistoryIntent &intent); // -1 on failure; see lastError
    QFuture<bool> completeAttempt(qint64 id, const Contract::SendResult &result);
    QFuture<QList<HistoryRecord>> list(const HistoryFilter &filter, int limit, qint64 beforeId);
    QFuture<std::optional<HistoryRecord>> record(qint64 id);
    QFuture<QList<HistoryRecord>> timeline(const QString &emailOrId);
    QFuture<qsizetype> exportTo(const QList<qint64> &ids, const HistoryFilter &filter, HistoryExport::Format format,
                                const QString &path);

    QString dataDir() const { return m_dataDir; }
    // Thread-safe copy of the last failure's text.
    QString lastError() const;
    // What the opening is busy with, while it is (what working() last said); empty otherwise.
    QString currentWork() const;

Q_SIGNALS:
    // Emitted from the history's thread before work that makes opening take long.
    void working(const QString &what);

private:
    void setLastError(const QString &error);
    template<typename F> auto run(F task) -> QFuture<decltype(task())>;

    QString m_dataDir;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; tasks are queued to it
    std::shared_ptr<HistoryStore> m_store;
    mutable QMutex m_stateLock; // guards the two below
    QString m_lastError;
    QString m_currentWork;
};

} // namespace AssertDesk::History
