#pragma once

#include "batchfilecheck.h"
#include "batchrunner.h"
#include "endpoint.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace AssertDesk::Net {
class ApiClient;
}
namespace AssertDesk::History {
class HistoryService;
struct BatchListing;
struct BatchRecord;
struct BatchRowState;
} // namespace AssertDesk::History
namespace AssertDesk::Session {
class AbstractEndpointResolver;
class BatchPreview;
class BatchReadBack;
struct ReadBackVerdict;
class BatchRun;
class BatchSource;
struct BatchProgress;
struct BatchRowResult;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

// The window's batch runner: the session's BatchPreview and BatchRun over the file the view
// checked. The profile's endpoint and key are resolved as the window's single send resolves them
// (the built-in sandbox needs no key). The file is read and checked once more on a worker thread
// (the view hands over the path and the mapping, never its rows) so that only the rows that are
// valid now are previewed or sent; then rows are pulled from the file as queries and workers are
// free. A send is a batch in the history first, each row an assert tagged with it, as the
// command line sends one; when it ends, every row's outcome is read back from the history, so
// the rows never started show as not sent.
class SessionBatchRunner final : public BatchRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBatchRunner)

public:
    SessionBatchRunner(Net::ApiClient *client, History::HistoryService *history,
                       Session::AbstractEndpointResolver *endpoints, QObject *parent = nullptr);
    ~SessionBatchRunner() override;

    bool canPreview() const override;
    bool canSend() const override;
    void preview(const Job &job) override;
    void send(const Job &job) override;
    void setPaused(bool paused) override;
    void cancel() override;
    bool canReopen() const override;
    void listBatches() override;
    void reopen(qint64 batchId) override;
    void resume(qint64 batchId, const Profiles::Profile &profile, bool resendUnknown) override;

    // The history's batch of the last send; 0 before one was recorded.
    qint64 batchId() const { return m_batchId; }

private:
    enum class Step { Idle, Resolving, Checking, Previewing, Recording, Sending, Reopening, ReadingBack };

    void begin(const Job &job, bool sending);
    void resolved(const Session::Endpoint &endpoint);
    void checked(const std::shared_ptr<BatchFileCheck> &check);
    void startPreview();
    void recordBatch();
    void startSend(qint64 batchId, const std::function<bool(qint64)> &wanted, qint64 total);
    // sessionbatchresume.cpp: past batches, reopened and resumed.
    void reopenChecked(const History::BatchRecord &batch, const QList<History::BatchRowState> &rows,
                       const std::shared_ptr<BatchFileCheck> &check);
    void resumeFound(const History::BatchRecord &batch);
    void resumeChecked(const History::BatchRecord &batch, const std::shared_ptr<BatchFileCheck> &check);
    void resumeRows(const QList<History::BatchRowState> &rows);
    void readBack(const QSet<qint64> &rows);
    void rowReadBackAs(qint64 row, const Session::ReadBackVerdict &verdict);
    void resumeSend();
    std::unique_ptr<Session::BatchSource> rowsOfFile(const std::function<bool(qint64)> &wanted, QString *error);
    void rowSent(const Session::BatchRowResult &result);
    void progressed(const Session::BatchProgress &progress);
    void sendEnded();
    void fillFromHistory(const QList<History::BatchRowState> &rows);
    void end(const QString &summary);

    Net::ApiClient *m_client;
    QPointer<History::HistoryService> m_history;
    Session::AbstractEndpointResolver *m_endpoints;
    Step m_step = Step::Idle;
    bool m_sending = false;
    bool m_cancelled = false;
    bool m_paused = false;
    Job m_job;
    Session::Endpoint m_endpoint;
    std::shared_ptr<BatchFileCheck> m_check;
    std::shared_ptr<std::atomic_bool> m_stopCheck;
    qint64 m_batchId = 0;
    Session::BatchPreview *m_preview = nullptr;
    Session::BatchRun *m_run = nullptr;
    std::unique_ptr<Session::BatchSource> m_source;
    // A resume: the rows it sends, and the history entries of those read back first.
    bool m_resendUnknown = false;
    QSet<qint64> m_resumeRows;
    QHash<qint64, qint64> m_unknownEntries; // row -> history id
    Session::BatchReadBack *m_readBack = nullptr;
    std::unique_ptr<Session::BatchSource> m_readSource;
};

} // namespace AssertDesk::Ui
