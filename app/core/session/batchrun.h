#pragma once

#include "apicall.h"
#include "batchprogress.h"
#include "batchrowresult.h"
#include "batchsource.h"
#include "ratepacer.h"
#include "throttle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace AssertDesk::Net {
class ApiClient;
}
namespace AssertDesk::History {
class HistoryService;
}

namespace AssertDesk::Session {

class AssertSend;
class BatchRunLock;

// Sends a batch's rows, a few at a time, each exactly as a single send goes (AssertSend: the
// history's intent row first, tagged with the batch and row, then the call, then the row
// completed). The intent rows are written ahead, a window of rows with one disk sync, and
// released a few at a time just before they leave (HistoryStore::beginAhead, AheadLog), so that
// no request waits for the disk; rows written ahead and never sent are taken back from the history
// by a cancel, and by the next opening after a crash. One throttle for all workers: a 429's Retry-After holds
// every one of them, the throttled row is tried again after the wait (a 429 changed nothing), and the batch goes at the
// server's pace. A 5xx, a timeout or a lost connection is never sent again: the row's outcome is
// unknown. Rows are pulled from the source as workers are free. Everything here is asynchronous
// (the history on its thread, the network in Qt's): the thread that drives it never waits.
class BatchRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRun)

public:
    enum class State { Idle, Running, Paused, Cancelling, Finished, Cancelled };
    Q_ENUM(State)

    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 16;
    // How long one row may wait out 429s in all before it is given up as throttled (rejected).
    static constexpr int kMaxThrottleWaitSeconds = 900;

    struct Settings
    {
        QString profile;
        qint64 batchId = 0; // the history's batch the rows are tagged with
        Net::ApiCall::Options call;
        int concurrency = kDefaultConcurrency; // 1 to kMaxConcurrency
        qint64 total = 0;                      // rows the source will give, for the progress
        // Hold the batch's run lock (BatchRunLock) from start() until this run is gone, so that
        // `batch status` reads the batch as sending; false when the caller holds it already.
        bool holdRunLock = true;
    };

    BatchRun(Net::ApiClient *client, History::HistoryService *history, BatchSource *source, Settings settings,
             QObject *parent = nullptr);
    ~BatchRun() override;

    void start();
    // No new row starts; rows under way finish.
    void pause();
    void resume();
    // No new row starts; rows that have not left (their history row being written, or waiting
    // out a 429) end as not sent; rows on the wire finish, or end as unknown. Unsent rows stay
    // without an attempt, so a resume sends them.
    void cancel();

    State state() const { return m_state; }
    const BatchProgress &progress() const { return m_progress; }
    // Set when the source stopped with an error (the file could not be read on).
    QString sourceError() const { return m_sourceError; }
    int rowsInFlight() const { return int(m_inFlight.size()); }
    // Rows a worker is busy with: on the wire, waiting out a 429, or having their intent written.
    int rowsOnTheWay() const { return int(m_inFlight.size() - m_recording.size()); }
    // Rows whose intent is written ahead and that have not started yet.
    int rowsWrittenAhead() const { return int(m_ahead.size()); }

    // How many rows are written ahead at a time once the batch is going (the first window is
    // twice the concurrency, so the first rows leave at once).
    static constexpr int kAheadWindow = 64;

Q_SIGNALS:
    void stateChanged(AssertDesk::Session::BatchRun::State state);
    void rowFinished(const AssertDesk::Session::BatchRowResult &result);
    // At most every 100 ms, and at once on a throttle and at the end.
    void progressChanged(const AssertDesk::Session::BatchProgress &progress);
    // Every worker waits `seconds` for the server (a 429's Retry-After), then goes on.
    void throttled(int seconds);
    void finished();

private:
    void setState(State state);
    void dispatch();
    bool nextItem(BatchItem &item);
    void writeAhead();
    void releaseAhead();
    // Takes every row written ahead and not started back from the history.
    void withdrawAhead();
    void startRow(const BatchItem &item, qint64 aheadId);
    void onRowFinished(AssertSend *send);
    void count(const Contract::SendResult &result);
    void updatePace();
    void emitProgress(bool now);
    void finishIfDone();

    Net::ApiClient *m_client;
    QPointer<History::HistoryService> m_history;
    BatchSource *m_source;
    Settings m_settings;
    Net::Throttle m_throttle;
    // After a 429, rows leave evenly spaced just under the pace the server allowed.
    RatePacer m_pacer;
    QTimer m_paceTimer;
    std::unique_ptr<BatchRunLock> m_runLock;
    State m_state = State::Idle;
    QHash<AssertSend *, BatchItem> m_inFlight;
    // Of those, the rows whose answer is in and whose history row is still being written: they
    // no longer count against the concurrency (the next row need not wait for the disk), within
    // a bound.
    QSet<AssertSend *> m_recording;
    // Rows whose intents are written ahead, in order; released: noted as about to leave.
    struct AheadRow
    {
        BatchItem item;
        qint64 id = 0;
        bool released = false;
    };
    std::deque<AheadRow> m_ahead;
    bool m_writingAhead = false;
    bool m_releasing = false;
    int m_withdrawing = 0;     // takings back of rows written ahead, not yet done
    qint64 m_writtenAhead = 0; // rows written ahead so far
    // When writing ahead failed, rows go one by one as single sends do (each its own intent,
    // which says why nothing was sent if the history cannot take it); these first.
    bool m_oneByOne = false;
    std::deque<BatchItem> m_oneByOneRows;
    bool m_sourceDone = false;
    QString m_sourceError;
    BatchProgress m_progress;
    QElapsedTimer m_clock;
    std::deque<qint64> m_doneAt; // ms on m_clock of the rows done in the last few seconds
    qint64 m_lastEmit = -1;
};

} // namespace AssertDesk::Session
