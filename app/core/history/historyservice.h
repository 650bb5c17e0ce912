#pragma once

#include "historyexport.h"
#include "historystore.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

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
    // Each result carries its own error: tasks of the window run side by side (a send, a page, an
    // export), and one task must never show another's failure.
    struct OpenResult
    {
        bool ok = false;
        QString error;
        HistoryStore::Mode mode = HistoryStore::Mode::Closed;
        QStringList notices;
        QString holder;        // who holds the history, when it opened read-only
        bool troubled = false; // the history was found damaged, emptied or gone (see notices)
    };
    struct BeginResult
    {
        qint64 id = -1; // the intent row; -1 when it could not be written (then nothing may be sent)
        QString error;
    };
    struct CompleteResult
    {
        bool written = false; // the row holds the answer
        QString error;        // when not: what happened and where the answer is kept
        QString keptIn;       // the file beside the history that keeps it (empty: in memory only)
    };
    struct ListResult
    {
        QList<HistoryRecord> rows;
        Unreadable unreadable;
    };
    struct ExportResult
    {
        qsizetype written = -1; // -1: nothing was written, see error
        QString error;
        Unreadable unreadable; // entries left out because they cannot be read
    };

    explicit HistoryService(QString dataDir, QObject *parent = nullptr);
    ~HistoryService() override;

    // Before open(): how long to wait for another process that holds the history.
    void setLockPatience(const HistoryLock::Patience &patience);
    // A seam for tests: makes completing a row fail as a full disk would (see HistoryStore).
    void setCompletionFault(std::function<QString()> fault);

    // `reportAbove`: how many entries an upgrade must touch before working() says so.
    QFuture<OpenResult> open(qint64 reportAbove = HistoryStore::kAnnounceUpgradeAbove);
    QFuture<BeginResult> beginAttempt(const HistoryIntent &intent);
    // How soon an answer must be in the history: at the thread's next turn (a send the user
    // watches), or gathered with the others that come within kGatherMs (a batch's rows: fewer,
    // larger transactions). Neither waits for a disk sync.
    enum class Gathering { Prompt, Gathered };
    static constexpr int kGatherMs = 20;
    QFuture<CompleteResult> completeAttempt(qint64 id, const Contract::SendResult &result,
                                            Gathering gathering = Gathering::Prompt);
    // A batch's intents written ahead of their turn (HistoryStore::beginAhead): the ids in order,
    // or none and the error.
    struct AheadResult
    {
        QList<qint64> ids;
        QString error;
    };
    QFuture<AheadResult> beginAhead(const QList<HistoryIntent> &intents);
    // Rows written ahead, noted as released before their requests leave; empty, or the error.
    // Noted on a thread of its own, not behind the history's writes: a batch's next rows wait
    // for this note, and a group of answers being written takes milliseconds.
    QFuture<QString> release(const QList<qint64> &ids);
    // Rows written ahead and never released, taken back (HistoryStore::withdraw); empty, or the error.
    QFuture<QString> withdraw(const QList<qint64> &ids);
    QFuture<ListResult> list(const HistoryFilter &filter, int limit, qint64 beforeId);
    QFuture<std::optional<HistoryRecord>> record(qint64 id);
    QFuture<QList<HistoryRecord>> timeline(const QString &emailOrId);
    // Every send to one contact, newest first, each with the fields it changed (offline).
    QFuture<QList<ContactChange>> contactChanges(const QString &contactId);
    // The same for sends that named no contact, by the value they were matched on.
    QFuture<QList<ContactChange>> matchChanges(const QString &matchValue);
    QFuture<qint64> count(const HistoryFilter &filter);
    QFuture<QStringList> profiles();
    QFuture<ExportResult> exportTo(const QList<qint64> &ids, const HistoryFilter &filter, HistoryExport::Format format,
                                   const QString &path);

    // Batches (see HistoryStore): made before the first row is sent; -1 with an error on failure.
    struct BatchResult
    {
        qint64 id = -1;
        QString error;
    };
    QFuture<BatchResult> createBatch(const BatchRecord &batch);
    QFuture<std::optional<BatchRecord>> batch(qint64 id);
    QFuture<QList<BatchListing>> batches(int limit = 200);
    QFuture<QList<BatchRowState>> batchRows(qint64 batchId);
    QFuture<QString> setBatchState(qint64 batchId, const QString &state); // empty, or the error
    QFuture<QString> setBatchCheck(qint64 historyId, const QString &check, const QString &contactId = {});

    QString dataDir() const { return m_dataDir; }
    // What the opening is busy with, while it is (what working() last said); empty otherwise.
    QString currentWork() const;

Q_SIGNALS:
    // Emitted from the history's thread before work that makes opening take long.
    void working(const QString &what);
    // Emitted from the history's thread when something the user must know happens after the
    // opening: damage found by a read (and the file moved aside), an answer that could not be
    // written and is kept aside, a kept answer written in later.
    void noticed(const QString &notice);

private:
    // An intent or an answer waiting for the history's thread. Those that wait while it writes
    // others are written together at its next turn, in one transaction with one disk sync
    // (HistoryStore::writeGroup): a batch's rows come faster than the disk syncs one by one.
    struct PendingWrite
    {
        std::optional<HistoryIntent> intent;
        qint64 id = 0; // the row an answer completes
        Contract::SendResult result;
        std::shared_ptr<QPromise<BeginResult>> begun;
        std::shared_ptr<QPromise<CompleteResult>> completed;
        bool gathered = false; // may wait up to kGatherMs for others
    };
    void queueWrite(PendingWrite write);
    void writePending(); // on the history's thread
    void writeAlone(PendingWrite &write);

    template<typename F> auto run(F task) -> QFuture<decltype(task())>;
    // Emits what the store has said since last time; on the history's thread.
    void emitNewNotices();

    QString m_dataDir;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; tasks are queued to it
    std::shared_ptr<HistoryStore> m_store;
    QThreadPool m_notes;         // one thread: the notes of rows released (HistoryStore::release)
    qsizetype m_noticesSeen = 0; // only touched on the history's thread
    mutable QMutex m_stateLock;  // guards the one below
    QString m_currentWork;
    QMutex m_writesLock; // guards the two below
    std::vector<PendingWrite> m_pendingWrites;
    enum class Flush { None, Soon, Now };
    Flush m_flush = Flush::None; // what is asked of the history's thread for them
    QTimer *m_gatherTimer;       // lives in m_thread: the flush of gathered answers
};

} // namespace AssertDesk::History
