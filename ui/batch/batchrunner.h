#pragma once

#include "batchrow.h"
#include "batchrowoutcome.h"
#include "mappingchoices.h"
#include "profile.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <vector>

namespace AssertDesk::Ui {

// What the batch view asks of whatever previews and sends a checked file: the seam where the
// session's batch preview and batch sending plug in. The view hands over the file and the
// choices that map it (never rows it holds: the runner reads the file itself, so nothing large
// is copied across), and shows what comes back. Without a runner the view's Preview and Send
// stay off and say what is coming.
class BatchRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    struct Job
    {
        QString path;
        char delimiter = 0;
        Batch::MappingChoices choices;
        bool emptyClears = false;
        bool onlyValidRows = false; // the person chose to send the valid rows and leave the rest
        Profiles::Profile profile;
    };
    struct PreviewCounts
    {
        qint64 create = 0;
        qint64 update = 0;
        qint64 ambiguous = 0;
        qint64 unchanged = 0;
        qint64 unavailable = 0;
    };

    // A batch the history holds, as the list of past batches shows it.
    struct PastBatch
    {
        qint64 id = 0;
        QDateTime createdAt;
        QString path;
        QString profile;
        qint64 rows = 0;
        QString state; // done, cancelled, interrupted (still "sending" with no one sending it)
        qint64 succeeded = 0;
        qint64 landed = 0;
        qint64 rejected = 0;
        qint64 unknown = 0;
        qint64 interrupted = 0;
        qint64 notSent = 0; // not sent, cancelled, or never started (invalid rows left aside)
        qint64 invalid = 0; // invalid or repeated when it was sent
    };
    enum class FileState { Unchanged, Changed, Gone };
    // A past batch reopened: what the history says of every row, offline, and whether its file
    // is still the one it was sent from (only then can it be resumed).
    struct Reopened
    {
        PastBatch batch;
        FileState file = FileState::Gone;
        QString fileNote;                            // why it cannot be resumed, for a person
        QList<BatchRowOutcome> rows;                 // the rows with an attempt
        std::vector<Batch::BatchRow::Status> status; // by row number - 1; empty when the file is not read
    };

    using QObject::QObject;
    ~BatchRunner() override;

    virtual bool canPreview() const = 0;
    virtual bool canSend() const = 0;
    // Both answer through the signals below; one job at a time.
    virtual void preview(const Job &job) = 0;
    virtual void send(const Job &job) = 0;
    virtual void setPaused(bool paused) = 0;
    // Rows in flight finish or become "outcome unknown"; no new row starts.
    virtual void cancel() = 0;

    // Past batches. The list and a reopening answer through batchesListed() and reopened(), or
    // finished() with what went wrong. Without a history they are off.
    virtual bool canReopen() const { return false; }
    virtual void listBatches() { }
    virtual void reopen(qint64 batchId) { Q_UNUSED(batchId) }
    // Sends the rows of batch `batchId` never sent, with `profile` (the one it was sent with).
    // Rows whose outcome is unknown are read back first (rowReadBack()); those not found landed
    // are sent again only when `resendUnknown`, which the person confirmed.
    virtual void resume(qint64 batchId, const Profiles::Profile &profile, bool resendUnknown)
    {
        Q_UNUSED(batchId)
        Q_UNUSED(profile)
        Q_UNUSED(resendUnknown)
    }

Q_SIGNALS:
    void previewed(const AssertDesk::Ui::BatchRunner::PreviewCounts &counts);
    void progress(qint64 done, qint64 total);
    // While sending: rows a second over the last few seconds, seconds left (-1 until known), and
    // > 0 while every worker waits out a 429.
    void pace(double rowsPerSecond, qint64 secondsLeft, int throttledSeconds);
    // A preview's prediction for row `row` (by number in the file): create, update, unchanged,
    // ambiguous or unavailable, and what a person reads beside it.
    void rowPredicted(qint64 row, const QString &kind, const QString &detail);
    void rowFinished(const AssertDesk::Ui::BatchRowOutcome &outcome);
    void batchesListed(const QList<AssertDesk::Ui::BatchRunner::PastBatch> &batches);
    void reopened(const AssertDesk::Ui::BatchRunner::Reopened &batch);
    // A row whose outcome was unknown, read back: landed or not, and what a person reads.
    void rowReadBack(qint64 row, bool landed, const QString &detail);
    // The job ended (done, cancelled or failed); `summary` is what a person reads.
    void finished(const QString &summary);
};

} // namespace AssertDesk::Ui
