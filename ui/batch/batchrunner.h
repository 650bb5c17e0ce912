#pragma once

#include "batchrowoutcome.h"
#include "mappingchoices.h"
#include "profile.h"

#include <QObject>

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
    // The job ended (done, cancelled or failed); `summary` is what a person reads.
    void finished(const QString &summary);
};

} // namespace AssertDesk::Ui
