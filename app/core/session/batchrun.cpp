#include "batchrun.h"

#include "apiclient.h"
#include "assertsend.h"
#include "batchrunlock.h"
#include "futures.h"
#include "historyservice.h"

namespace AssertDesk::Session {

namespace {

// The pace is what the last few seconds did: long enough to smooth one slow row, short enough
// that a throttle shows within a few seconds.
constexpr qint64 kPaceWindowMs = 5000;
constexpr qint64 kProgressEveryMs = 100;
// Rows whose answers wait for the history, per worker, before no new row starts.
constexpr qsizetype kMaxRecording = 16;

} // namespace

BatchRun::BatchRun(Net::ApiClient *client, History::HistoryService *history, BatchSource *source, Settings settings,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_source(source)
    , m_settings(std::move(settings))
{
    m_settings.concurrency = qBound(1, m_settings.concurrency, kMaxConcurrency);
    m_settings.call.throttle = &m_throttle;
    // A batch waits at the server's pace for as long as it asks, within a bound per row.
    m_settings.call.max429Retries = 1000;
    m_settings.call.maxRetryWaitSeconds = kMaxThrottleWaitSeconds;
    m_progress.total = m_settings.total;
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &BatchRun::dispatch);
    connect(&m_throttle, &Net::Throttle::asked, this, [this] { m_pacer.throttled(m_clock.elapsed()); });
    connect(&m_throttle, &Net::Throttle::held, this, [this](int seconds) {
        m_progress.throttledSeconds = seconds;
        Q_EMIT throttled(seconds);
        emitProgress(true);
    });
    connect(&m_throttle, &Net::Throttle::released, this, [this] {
        m_progress.throttledSeconds = 0;
        emitProgress(true);
        dispatch();
    });
}

BatchRun::~BatchRun()
{
    // Calls still under way are cut off with their owner; their rows stay in flight in the
    // history and are found interrupted at the next opening, as after a crash.
    const QList<AssertSend *> sends = m_inFlight.keys();
    for (AssertSend *send : sends)
        send->disconnect(this);
}

void BatchRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BatchRun::start()
{
    if (m_state != State::Idle)
        return;
    m_clock.start();
    // Without a history nothing is written ahead: each row goes alone and says why it was not sent.
    m_oneByOne = !m_history;
    if (m_settings.holdRunLock && m_history) {
        m_runLock = std::make_unique<BatchRunLock>(m_history->dataDir(), m_settings.batchId);
        m_runLock->acquire();
    }
    setState(State::Running);
    emitProgress(true);
    dispatch();
}

void BatchRun::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void BatchRun::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    dispatch();
}

void BatchRun::cancel()
{
    if (m_state == State::Finished || m_state == State::Cancelled || m_state == State::Cancelling)
        return;
    if (m_state == State::Idle) {
        setState(State::Cancelled);
        Q_EMIT finished();
        return;
    }
    setState(State::Cancelling);
    const QList<AssertSend *> sends = m_inFlight.keys();
    for (AssertSend *send : sends)
        if (!m_recording.contains(send) && !send->isOnTheWire())
            send->cancel(); // nothing of it reached the server, and now nothing will
    withdrawAhead();
    finishIfDone();
}

void BatchRun::dispatch()
{
    while (m_state == State::Running && !m_throttle.isHeld() && rowsOnTheWay() < m_settings.concurrency
           && m_recording.size() < kMaxRecording * m_settings.concurrency) {
        if (const qint64 wait = m_pacer.waitMs(m_clock.elapsed()); wait > 0) {
            if (!m_paceTimer.isActive())
                m_paceTimer.start(int(qMin<qint64>(wait, 60000)));
            break;
        }
        qint64 aheadId = 0;
        BatchItem item;
        if (!m_ahead.empty() && m_ahead.front().released) {
            item = std::move(m_ahead.front().item);
            aheadId = m_ahead.front().id;
            m_ahead.pop_front();
        } else if (!m_oneByOne || !m_ahead.empty() || !nextItem(item)) {
            break; // waiting for rows written ahead or released, or none are left
        }
        m_pacer.started(m_clock.elapsed());
        startRow(item, aheadId);
    }
    if (m_state == State::Running) {
        writeAhead();
        releaseAhead();
    }
    finishIfDone();
}

bool BatchRun::nextItem(BatchItem &item)
{
    if (!m_oneByOneRows.empty()) {
        item = std::move(m_oneByOneRows.front());
        m_oneByOneRows.pop_front();
        return true;
    }
    if (m_sourceDone)
        return false;
    if (m_source->next(item))
        return true;
    m_sourceDone = true;
    m_sourceError = m_source->error();
    return false;
}

void BatchRun::writeAhead()
{
    const qsizetype window = m_writtenAhead == 0 ? 2 * m_settings.concurrency : kAheadWindow;
    if (m_oneByOne || m_writingAhead || m_sourceDone || qsizetype(m_ahead.size()) >= window / 2 || !m_history)
        return;
    QList<BatchItem> items;
    QList<History::HistoryIntent> intents;
    BatchItem item;
    while (items.size() < window && nextItem(item)) {
        History::HistoryIntent intent = AssertSend::intentFor(m_settings.profile, m_settings.call.baseUrl, item.body);
        intent.batchId = m_settings.batchId;
        intent.batchRow = item.row;
        intent.batchLine = item.line;
        intents.append(std::move(intent));
        items.append(std::move(item));
    }
    if (items.isEmpty())
        return;
    m_writingAhead = true;
    const auto written = [this, items](const QList<qint64> &ids) {
        m_writingAhead = false;
        if (ids.size() != items.size()) {
            m_oneByOne = true;
            m_oneByOneRows.insert(m_oneByOneRows.begin(), items.cbegin(), items.cend());
        } else {
            m_writtenAhead += ids.size();
            for (qsizetype i = 0; i < ids.size(); ++i)
                m_ahead.push_back({items.at(i), ids.at(i), false});
        }
        if (m_state == State::Cancelling || m_state == State::Cancelled)
            withdrawAhead();
        dispatch();
    };
    History::whenReady(
        m_history->beginAhead(intents), this,
        [written](const History::HistoryService::AheadResult &r) { written(r.ids); }, [written] { written({}); });
}

void BatchRun::releaseAhead()
{
    if (m_releasing || !m_history)
        return;
    // A few rows released ahead of the workers, so none waits: after a crash these few read as
    // interrupted (they may have left) and are read back before anything is resent.
    QList<qint64> ids;
    qsizetype released = 0;
    for (const AheadRow &row : m_ahead) {
        if (row.released)
            ++released;
        else if (released + ids.size() < m_settings.concurrency)
            ids.append(row.id);
    }
    if (ids.isEmpty())
        return;
    m_releasing = true;
    const auto done = [this, ids](const QString &error) {
        m_releasing = false;
        if (error.isEmpty()) {
            for (AheadRow &row : m_ahead)
                if (ids.contains(row.id))
                    row.released = true;
            dispatch();
            return;
        }
        // Without the note a row that left would read as never sent after a crash: none leaves
        // this way. Those written ahead are taken back and go one by one instead.
        for (const AheadRow &row : m_ahead)
            m_oneByOneRows.push_back(row.item);
        withdrawAhead();
        m_oneByOne = true;
        dispatch();
    };
    History::whenReady(m_history->release(ids), this, done, [done] { done(QStringLiteral("the history closed")); });
}

void BatchRun::withdrawAhead()
{
    QList<qint64> ids;
    for (const AheadRow &row : m_ahead)
        ids.append(row.id);
    m_ahead.clear();
    if (ids.isEmpty() || !m_history)
        return;
    ++m_withdrawing;
    const auto done = [this] {
        --m_withdrawing;
        finishIfDone();
    };
    History::whenReady(
        m_history->withdraw(ids), this, [done](const QString &) { done(); }, done);
}

void BatchRun::startRow(const BatchItem &item, qint64 aheadId)
{
    auto *send = new AssertSend(m_client, m_history, m_settings.profile, m_settings.call, item.body, this);
    send->setBatchRow(m_settings.batchId, item.row, item.line);
    send->setGathered(true);
    if (aheadId > 0)
        send->setWrittenAhead(aheadId);
    m_inFlight.insert(send, item);
    connect(send, &AssertSend::answered, this, [this, send] {
        m_recording.insert(send);
        m_pacer.answered(m_clock.elapsed());
        // Queued, as below: a send answered at once would otherwise nest a row deeper.
        QMetaObject::invokeMethod(this, &BatchRun::dispatch, Qt::QueuedConnection);
    });
    connect(send, &AssertSend::finished, this, [this, send] { onRowFinished(send); });
    send->start();
}

void BatchRun::onRowFinished(AssertSend *send)
{
    const BatchItem item = m_inFlight.take(send);
    m_recording.remove(send);
    send->deleteLater();
    BatchRowResult done;
    done.row = item.row;
    done.line = item.line;
    done.historyId = send->historyId();
    done.result = send->result();
    done.historyError = send->historyError();
    count(done.result);
    Q_EMIT rowFinished(done);
    emitProgress(false);
    // Queued: a send refused at once finishes inside start(), and a file of such rows would
    // otherwise nest one call deeper per row.
    QMetaObject::invokeMethod(this, &BatchRun::dispatch, Qt::QueuedConnection);
}

void BatchRun::count(const Contract::SendResult &result)
{
    ++m_progress.done;
    switch (result.outcome) {
    case Contract::Outcome::Succeeded: ++m_progress.succeeded; break;
    case Contract::Outcome::Rejected: ++m_progress.rejected; break;
    case Contract::Outcome::Unknown: ++m_progress.unknown; break;
    case Contract::Outcome::NotSent:
    case Contract::Outcome::Cancelled: ++m_progress.notSent; break;
    }
    m_doneAt.push_back(m_clock.elapsed());
    updatePace();
}

void BatchRun::updatePace()
{
    const qint64 now = m_clock.elapsed();
    while (!m_doneAt.empty() && m_doneAt.front() < now - kPaceWindowMs)
        m_doneAt.pop_front();
    const qint64 span = qMin(kPaceWindowMs, qMax<qint64>(now, 1));
    m_progress.rowsPerSecond = double(m_doneAt.size()) * 1000.0 / double(span);
    const qint64 left = qMax<qint64>(m_progress.total - m_progress.done, 0);
    m_progress.secondsLeft = m_progress.rowsPerSecond > 0 ? qint64(double(left) / m_progress.rowsPerSecond + 0.5)
        : left == 0                                       ? 0
                                                          : -1;
}

void BatchRun::emitProgress(bool now)
{
    const qint64 at = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!now && m_lastEmit >= 0 && at - m_lastEmit < kProgressEveryMs && m_progress.done < m_progress.total)
        return;
    m_lastEmit = at;
    updatePace();
    m_progress.pacedAt = m_pacer.pace();
    Q_EMIT progressChanged(m_progress);
}

void BatchRun::finishIfDone()
{
    if (!m_inFlight.isEmpty() || m_writingAhead || m_withdrawing > 0)
        return;
    if (m_state == State::Cancelling) {
        setState(State::Cancelled);
    } else if (m_state == State::Running && m_sourceDone && m_ahead.empty() && m_oneByOneRows.empty()) {
        setState(State::Finished);
    } else {
        return;
    }
    m_throttle.disconnect(this);
    m_paceTimer.stop();
    emitProgress(true);
    Q_EMIT finished();
}

} // namespace AssertDesk::Session
