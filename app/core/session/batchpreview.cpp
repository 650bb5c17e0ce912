#include "batchpreview.h"

#include "apiclient.h"
#include "previewread.h"

namespace AssertDesk::Session {

BatchPreview::BatchPreview(Net::ApiClient *client, Net::ApiCall::Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_resume.setSingleShot(true);
    // A coarse timer may fire early, and the server counts Retry-After to the millisecond.
    m_resume.setTimerType(Qt::PreciseTimer);
    connect(&m_resume, &QTimer::timeout, this, &BatchPreview::pump);
}

BatchPreview::~BatchPreview()
{
    for (auto &[id, chunk] : m_chunks)
        if (chunk.call)
            chunk.call->disconnect(this);
}

void BatchPreview::setInFlight(int queries)
{
    m_inFlight = qBound(1, queries, kMaxInFlight);
}

void BatchPreview::setChunkSize(int addresses)
{
    m_chunkSize = qBound(1, addresses, kChunkSize);
}

void BatchPreview::setPageLimit(int contacts)
{
    m_pageLimit = qBound(1, contacts, ChunkAnswer::kPageLimit);
}

void BatchPreview::start(RowSource source)
{
    if (m_state != State::Idle)
        return;
    m_source = std::move(source);
    m_state = State::Running;
    m_clock.start();
    pump();
}

void BatchPreview::cancel()
{
    if (m_state != State::Running)
        return;
    for (auto &[id, chunk] : m_chunks) {
        if (chunk.call) {
            chunk.call->disconnect(this);
            chunk.call->cancel();
            chunk.call->deleteLater();
        }
    }
    m_chunks.clear();
    m_again.clear();
    m_asking = 0;
    m_resume.stop();
    finish(State::Cancelled);
}

// Pulls rows and starts their queries while a query is free and the server has not asked to
// wait; when asking has stopped, turns the rest of the rows into unavailable ones, a chunk per
// turn of the event loop so that a long file does not stall it.
void BatchPreview::pump()
{
    if (m_state != State::Running)
        return;
    const qsizetype held = qsizetype(m_inFlight) * 2; // chunks waiting to be handed out in order, at most
    if (!m_stopped.isEmpty()) {
        for (const qint64 id : m_again)
            failChunk(m_chunks.at(id), m_stopped);
        m_again.clear();
        if (qsizetype(m_chunks.size()) < held && pull())
            QMetaObject::invokeMethod(this, &BatchPreview::pump, Qt::QueuedConnection);
    } else if (const qint64 wait = m_resumeAtMs - m_clock.elapsed(); wait > 0) {
        if (!m_resume.isActive())
            m_resume.start(int(wait));
    } else {
        while (m_stopped.isEmpty() && !m_again.empty() && m_asking < m_inFlight) {
            const qint64 id = m_again.front();
            m_again.pop_front();
            ask(id);
        }
        while (m_state == State::Running && m_stopped.isEmpty() && m_asking < m_inFlight
               && qsizetype(m_chunks.size()) < held && pull()) { }
    }
    hand();
    if (m_state == State::Running && m_sourceDone && m_chunks.empty() && m_asking == 0 && m_again.empty())
        finish(State::Finished);
}

// Takes the next chunk of rows from the source and asks about it; false at the end of the rows.
bool BatchPreview::pull()
{
    if (m_sourceDone)
        return false;
    QList<PreviewRow> rows = m_source(m_chunkSize);
    m_sourceDone = rows.size() < m_chunkSize;
    if (rows.isEmpty())
        return false;
    const qint64 id = m_nextChunk++;
    Chunk &chunk = m_chunks[id];
    chunk.rows = std::move(rows);
    for (const PreviewRow &row : std::as_const(chunk.rows))
        if (!row.address.isEmpty())
            chunk.addresses << row.address;
    chunk.addresses.removeDuplicates();
    if (!m_stopped.isEmpty())
        failChunk(chunk, m_stopped);
    else if (chunk.addresses.isEmpty())
        predictChunk(chunk, QDateTime::currentDateTimeUtc());
    else
        ask(id);
    return true;
}

void BatchPreview::ask(qint64 id)
{
    Chunk &chunk = m_chunks.at(id);
    chunk.call
        = m_client->queryContacts(m_options, ChunkAnswer::queryBody(chunk.addresses, chunk.cursor, m_pageLimit), this);
    connect(chunk.call, &Net::ApiCall::finished, this,
            [this, id](const Contract::SendResult &result) { onAnswered(id, result); });
    connect(chunk.call, &Net::ApiCall::waitingToRetry, this, [this](int seconds) { onThrottled(seconds); });
    ++m_asking;
    chunk.call->start();
}

void BatchPreview::onThrottled(int seconds)
{
    // Every second of a wait is told again, counting down: only a later end is news.
    const qint64 until = m_clock.elapsed() + qint64(seconds) * 1000;
    const bool news = until > m_resumeAtMs + 500;
    m_resumeAtMs = qMax(m_resumeAtMs, until);
    if (!news)
        return;
    ++m_counts.throttled;
    Q_EMIT throttled(seconds);
}

void BatchPreview::onAnswered(qint64 id, const Contract::SendResult &result)
{
    --m_asking;
    const auto it = m_chunks.find(id);
    if (it == m_chunks.end())
        return;
    Chunk &chunk = it->second;
    chunk.call->deleteLater();
    m_counts.queries += qMax(1, result.attempts);
    if (askAgainLater(id, result))
        return;
    if (result.outcome != Contract::Outcome::Succeeded) {
        m_stopped = PreviewRead::unreachable(result, m_options.timeoutSeconds).reason();
        failChunk(chunk, m_stopped);
    } else {
        QString error;
        QString next;
        if (!chunk.answer.addPage(result.body, &error, &next)) {
            m_stopped = error;
            failChunk(chunk, error);
        } else if (!next.isEmpty() && next != chunk.cursor) {
            // A cursor that came back unchanged would page forever.
            chunk.cursor = next;
            ask(id);
            return;
        } else {
            predictChunk(chunk, result.answeredAt.isValid() ? result.answeredAt : QDateTime::currentDateTimeUtc());
        }
    }
    // Not from here: the call that just finished is still on the stack.
    QMetaObject::invokeMethod(this, &BatchPreview::pump, Qt::QueuedConnection);
}

// A 429 the call gave up on (ApiCall waits out one for a read): this chunk is asked again when
// the server allows, and no other query starts before then. Without a readable Retry-After, or
// after kThrottleRetries, the chunk fails as any other failure does.
bool BatchPreview::askAgainLater(qint64 id, const Contract::SendResult &result)
{
    Chunk &chunk = m_chunks.at(id);
    if (result.httpStatus != 429 || !result.retryAt.isValid() || chunk.throttled >= kThrottleRetries
        || !m_stopped.isEmpty())
        return false;
    ++chunk.throttled;
    const qint64 waitMs = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(result.retryAt));
    onThrottled(int((waitMs + 999) / 1000));
    m_resumeAtMs = qMax(m_resumeAtMs, m_clock.elapsed() + waitMs);
    m_again.push_back(id);
    QMetaObject::invokeMethod(this, &BatchPreview::pump, Qt::QueuedConnection);
    return true;
}

void BatchPreview::predictChunk(Chunk &chunk, const QDateTime &readAt)
{
    chunk.predictions.reserve(chunk.rows.size());
    for (const PreviewRow &row : std::as_const(chunk.rows)) {
        if (row.address.isEmpty()) {
            RowPrediction p;
            p.line = row.line;
            p.reason = tr("the row has no match key (primary_email or contact_emails) to look up.");
            chunk.predictions << p;
        } else {
            chunk.predictions << chunk.answer.predict(row, readAt);
        }
    }
    chunk.rows.clear();
    chunk.answer = ChunkAnswer();
    chunk.done = true;
}

void BatchPreview::failChunk(Chunk &chunk, const QString &reason)
{
    chunk.predictions.reserve(chunk.rows.size());
    for (const PreviewRow &row : std::as_const(chunk.rows)) {
        RowPrediction p;
        p.line = row.line;
        p.reason = reason;
        chunk.predictions << p;
    }
    chunk.rows.clear();
    chunk.answer = ChunkAnswer();
    chunk.done = true;
}

// Hands out the chunks that are done and next in file order.
void BatchPreview::hand()
{
    for (auto it = m_chunks.find(m_nextOut); it != m_chunks.end() && it->second.done; it = m_chunks.find(m_nextOut)) {
        const QList<RowPrediction> rows = std::move(it->second.predictions);
        m_chunks.erase(it);
        ++m_nextOut;
        for (const RowPrediction &p : rows)
            m_counts.add(p.kind);
        Q_EMIT rowsPredicted(rows);
        Q_EMIT progress(m_counts.rows, m_counts.queries);
        if (m_state != State::Running)
            return;
    }
}

void BatchPreview::finish(State state)
{
    m_state = state;
    m_counts.msecs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_counts.cancelled = state == State::Cancelled;
    m_source = RowSource();
    Q_EMIT finished(m_counts);
}

} // namespace AssertDesk::Session
