#pragma once

#include "apicall.h"
#include "batchpreviewcounts.h"
#include "chunkanswer.h"
#include "previewrow.h"
#include "rowprediction.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>

namespace AssertDesk::Net {
class ApiClient;
}

namespace AssertDesk::Session {

// The preview of a whole batch: for every row, whether sending it would create a contact, update
// one (which, and the fields that change), change nothing, meet several contacts, or could not be
// predicted (and why). The rows are pulled from a source a chunk at a time as queries free up, so
// a long file is never held: a few chunks of rows at most. Each chunk's addresses go to the server
// in one query (`contact_emails in [...]`, paged by next_cursor), a few queries at once; a 429's
// Retry-After holds back every query not yet started. Reads only, so a read-only key does, and
// nothing is written. The first query that fails stops the asking: the rows after it are
// unavailable for the same reason, rather than each waiting out its own timeout.
class BatchPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPreview)

public:
    // Addresses per query. 100: the most contacts the sandbox returns in a page (its limit is 1 to
    // 100), and a chunk of N addresses names N contacts at most unless some address is ambiguous,
    // so one request answers it; the filter's list stays near 4 KB, far below any body limit.
    // More per query would need a second page each time; fewer, more requests.
    static constexpr int kChunkSize = 100;
    // Queries at once: enough to hide a round trip behind the others, few enough that a batch
    // does not crowd a server that also serves the people using it.
    static constexpr int kDefaultInFlight = 3;
    static constexpr int kMaxInFlight = 4;
    // A batch meets more 429s than one request does: each chunk's query is asked again after
    // this many at most (a read keeps one wait of its own in ApiCall besides).
    static constexpr int kThrottleRetries = 20;

    // Up to `max` rows, in file order; fewer only when the rows run out (and then none again).
    using RowSource = std::function<QList<PreviewRow>(qsizetype max)>;
    enum class State { Idle, Running, Finished, Cancelled };
    Q_ENUM(State)

    BatchPreview(Net::ApiClient *client, Net::ApiCall::Options options, QObject *parent = nullptr);
    ~BatchPreview() override;

    void setInFlight(int queries);    // 1 to kMaxInFlight
    void setChunkSize(int addresses); // 1 to kChunkSize
    // Contacts asked for per page, 1 to ChunkAnswer::kPageLimit (a server with a lower cap, tests).
    void setPageLimit(int contacts);
    void start(RowSource source);
    // Stops every query; the rows not yet predicted are not reported. finished() says cancelled.
    void cancel();

    State state() const { return m_state; }
    const BatchPreviewCounts &counts() const { return m_counts; }

Q_SIGNALS:
    // The predictions of the next rows, in file order.
    void rowsPredicted(const QList<AssertDesk::Session::RowPrediction> &rows);
    void progress(qint64 rows, int queries);
    // The server asked to wait: no query starts for `seconds`.
    void throttled(int seconds);
    void finished(const AssertDesk::Session::BatchPreviewCounts &counts);

private:
    struct Chunk
    {
        QList<PreviewRow> rows;
        QStringList addresses;
        ChunkAnswer answer;
        QString cursor; // of the next page
        QPointer<Net::ApiCall> call;
        QList<RowPrediction> predictions;
        int throttled = 0; // 429s this chunk's query met and that were waited out here
        bool done = false;
    };

    void pump();
    bool pull();
    void ask(qint64 id);
    void onAnswered(qint64 id, const Contract::SendResult &result);
    void onThrottled(int seconds);
    bool askAgainLater(qint64 id, const Contract::SendResult &result);
    void predictChunk(Chunk &chunk, const QDateTime &readAt);
    void failChunk(Chunk &chunk, const QString &reason);
    void hand();
    void finish(State state);

    Net::ApiClient *m_client;
    Net::ApiCall::Options m_options;
    RowSource m_source;
    int m_inFlight = kDefaultInFlight;
    int m_chunkSize = kChunkSize;
    int m_pageLimit = ChunkAnswer::kPageLimit;
    State m_state = State::Idle;
    std::map<qint64, Chunk> m_chunks; // pulled and not yet handed out, in file order
    qint64 m_nextChunk = 0;           // the number the next chunk pulled gets
    qint64 m_nextOut = 0;             // the chunk handed out next
    int m_asking = 0;                 // queries under way
    bool m_sourceDone = false;
    QString m_stopped;          // why asking stopped; the rows after it are unavailable for this reason
    std::deque<qint64> m_again; // chunks throttled: asked again, first, once the wait is over
    QTimer m_resume;            // ends a wait a 429 asked for
    QElapsedTimer m_clock;
    qint64 m_resumeAtMs = 0;
    BatchPreviewCounts m_counts;
};

} // namespace AssertDesk::Session
