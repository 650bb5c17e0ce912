#include "sessionbatchrunner.h"

#include "abstractendpointresolver.h"
#include "batchreadback.h"
#include "batchrecord.h"
#include "batchsource.h"
#include "batchstanding.h"
#include "futures.h"
#include "historyservice.h"
#include "mappingchoices.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

// SessionBatchRunner's past batches: listed, reopened offline from the history, and resumed
// (the rows never sent; those whose outcome is unknown read back first, as the command line's
// --resume does).
namespace AssertDesk::Ui {

using Session::BatchStanding;
using Kind = BatchStanding::Kind;

namespace {

BatchRunner::PastBatch pastOf(const History::BatchRecord &b, const QMap<QString, qint64> &outcomes)
{
    BatchRunner::PastBatch past;
    past.id = b.id;
    past.createdAt = b.createdAt;
    past.path = b.sourcePath;
    past.profile = b.profile;
    past.rows = b.totalRows;
    // Still "sending" in the history with no one sending it: the process stopped on the way.
    past.state = b.state == QLatin1String("sending") ? QStringLiteral("interrupted") : b.state;
    past.invalid = b.invalidRows + b.repeatedRows;
    qint64 attempted = 0;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        attempted += it.value();
        switch (BatchStanding::of(it.key(), QString())) {
        case Kind::Succeeded: past.succeeded += it.value(); break;
        case Kind::Landed: past.landed += it.value(); break;
        case Kind::Rejected: past.rejected += it.value(); break;
        case Kind::Unknown: past.unknown += it.value(); break;
        case Kind::Interrupted: past.interrupted += it.value(); break;
        case Kind::NotSent: past.notSent += it.value(); break;
        }
    }
    past.notSent += qMax<qint64>(0, past.rows - attempted - past.invalid);
    return past;
}

QMap<QString, qint64> outcomesOf(const QList<History::BatchRowState> &rows)
{
    QMap<QString, qint64> out;
    for (const History::BatchRowState &r : rows)
        ++out[BatchStanding::of(r) == Kind::Landed ? QStringLiteral("landed") : r.outcome];
    return out;
}

// The job that reads a past batch's file as it was read when it was sent.
BatchRunner::Job jobOf(const History::BatchRecord &b)
{
    BatchRunner::Job job;
    job.path = b.sourcePath;
    job.delimiter = char(b.options.value(QStringLiteral("delimiter")).toInt());
    QString error;
    if (auto choices = Batch::MappingChoices::fromJson(b.mapping, &error))
        job.choices = *choices;
    job.emptyClears = b.options.value(QStringLiteral("empty_clears")).toBool();
    job.onlyValidRows = b.options.value(QStringLiteral("skip_invalid")).toBool();
    return job;
}

// The file read and checked again off the UI thread; null when it is not there.
std::shared_ptr<BatchFileCheck> checkFile(const BatchRunner::Job &job, std::shared_ptr<std::atomic_bool> stop)
{
    if (!QFileInfo::exists(job.path))
        return nullptr;
    return std::make_shared<BatchFileCheck>(BatchFileCheck::run(job, *stop));
}

} // namespace

bool SessionBatchRunner::canReopen() const
{
    return !m_history.isNull();
}

void SessionBatchRunner::listBatches()
{
    if (!m_history)
        return;
    History::whenReady(m_history->batches(), this, [this](const QList<History::BatchListing> &listings) {
        QList<PastBatch> out;
        for (const History::BatchListing &l : listings)
            out << pastOf(l.batch, l.outcomes);
        Q_EMIT batchesListed(out);
    });
}

void SessionBatchRunner::reopen(qint64 batchId)
{
    if (m_step != Step::Idle || !m_history)
        return;
    m_step = Step::Reopening;
    m_cancelled = false;
    History::whenReady(
        m_history->batch(batchId), this,
        [this, batchId](const std::optional<History::BatchRecord> &batch) {
            if (!batch)
                return end(tr("There is no batch %1 in the history.").arg(batchId));
            History::whenReady(m_history->batchRows(batchId), this,
                               [this, b = *batch](const QList<History::BatchRowState> &rows) {
                                   m_stopCheck = std::make_shared<std::atomic_bool>(false);
                                   History::whenReady(QtConcurrent::run(&checkFile, jobOf(b), m_stopCheck), this,
                                                      [this, b, rows](const std::shared_ptr<BatchFileCheck> &check) {
                                                          reopenChecked(b, rows, check);
                                                      });
                               });
        },
        [this] { end(tr("The history is closed.")); });
}

void SessionBatchRunner::reopenChecked(const History::BatchRecord &batch, const QList<History::BatchRowState> &rows,
                                       const std::shared_ptr<BatchFileCheck> &check)
{
    m_stopCheck.reset();
    Reopened out;
    out.batch = pastOf(batch, outcomesOf(rows));
    if (!check) {
        out.file = FileState::Gone;
        out.fileNote = tr("%1 is gone: this batch can be reviewed, not resumed.").arg(batch.sourcePath);
    } else if (check->size != batch.sourceSize || check->sha256 != batch.sourceSha256 || !check->error.isEmpty()) {
        out.file = FileState::Changed;
        out.fileNote = tr("%1 changed since batch %2 was sent from it (its size or SHA-256 differ): this batch can "
                          "be reviewed, not resumed.")
                           .arg(batch.sourcePath)
                           .arg(batch.id);
    } else {
        out.file = FileState::Unchanged;
        out.status = check->status;
    }
    for (const History::BatchRowState &r : rows) {
        BatchRowOutcome row;
        row.number = r.row;
        row.line = r.line;
        row.outcome = BatchRowOutcome::of(BatchStanding::of(r));
        row.httpStatus = r.httpStatus;
        row.action = r.action;
        row.contactId = r.contactId;
        row.errorCode = r.errorCode;
        row.message = r.errorMessage;
        row.historyId = r.historyId;
        out.rows << row;
    }
    m_step = Step::Idle;
    Q_EMIT reopened(out);
}

void SessionBatchRunner::resume(qint64 batchId, const Profiles::Profile &profile, bool resendUnknown)
{
    if (m_step != Step::Idle || !canSend())
        return;
    m_step = Step::Resolving;
    m_sending = true;
    m_cancelled = false;
    m_paused = false;
    m_resendUnknown = resendUnknown;
    m_resumeRows.clear();
    m_unknownEntries.clear();
    m_check.reset();
    m_batchId = batchId;
    m_job = Job();
    m_job.profile = profile;
    History::whenReady(
        m_history->batch(batchId), this,
        [this, batchId](const std::optional<History::BatchRecord> &batch) {
            if (!batch)
                return end(tr("There is no batch %1 in the history.").arg(batchId));
            resumeFound(*batch);
        },
        [this] { end(tr("The history is closed; nothing was sent.")); });
}

void SessionBatchRunner::resumeFound(const History::BatchRecord &batch)
{
    if (batch.profile != m_job.profile.name)
        return end(tr("Batch %1 was sent with the profile \"%2\": choose it to resume; nothing was sent.")
                       .arg(batch.id)
                       .arg(batch.profile));
    const Profiles::Profile profile = m_job.profile;
    m_job = jobOf(batch);
    m_job.profile = profile;
    m_endpoints->resolve(profile, this, [this, batch](const Session::Endpoint &endpoint) {
        if (m_cancelled)
            return end(tr("Cancelled; nothing was sent."));
        if (!endpoint.ok())
            return end(endpoint.errorWithFix());
        m_endpoint = endpoint;
        m_step = Step::Checking;
        m_stopCheck = std::make_shared<std::atomic_bool>(false);
        History::whenReady(
            QtConcurrent::run(&checkFile, m_job, m_stopCheck), this,
            [this, batch](const std::shared_ptr<BatchFileCheck> &check) { resumeChecked(batch, check); });
    });
}

void SessionBatchRunner::resumeChecked(const History::BatchRecord &batch, const std::shared_ptr<BatchFileCheck> &check)
{
    m_stopCheck.reset();
    if (m_cancelled || (check && check->cancelled))
        return end(tr("Cancelled; nothing was sent."));
    if (!check || !check->error.isEmpty() || check->size != batch.sourceSize || check->sha256 != batch.sourceSha256)
        return end(tr("%1 is not the file batch %2 was sent from (it is gone, or its size or SHA-256 changed); "
                      "nothing was sent.")
                       .arg(batch.sourcePath)
                       .arg(batch.id));
    m_check = check;
    History::whenReady(
        m_history->batchRows(batch.id), this, [this](const QList<History::BatchRowState> &rows) { resumeRows(rows); },
        [this] { end(tr("The history is closed; nothing was sent.")); });
}

// Never sent: valid now, and no attempt of it may have reached the server. Unknown: read back
// before anything else.
void SessionBatchRunner::resumeRows(const QList<History::BatchRowState> &rows)
{
    QHash<qint64, const History::BatchRowState *> byRow;
    for (const History::BatchRowState &r : rows)
        byRow.insert(r.row, &r);
    QSet<qint64> unknown;
    for (qint64 row = 1; row <= m_check->rows(); ++row) {
        const History::BatchRowState *r = byRow.value(row);
        const Kind kind = r ? BatchStanding::of(*r) : Kind::NotSent;
        if (kind == Kind::NotSent && m_check->isValid(row))
            m_resumeRows.insert(row);
        else if (r && BatchStanding::mayHaveLanded(kind)) {
            unknown.insert(row);
            m_unknownEntries.insert(row, r->historyId);
        }
    }
    if (unknown.isEmpty())
        return resumeSend();
    readBack(unknown);
}

void SessionBatchRunner::readBack(const QSet<qint64> &rows)
{
    m_step = Step::ReadingBack;
    QString error;
    m_readSource = rowsOfFile([rows](qint64 row) { return rows.contains(row); }, &error);
    if (!m_readSource)
        return end(error);
    m_readBack = new Session::BatchReadBack(m_client, m_endpoint.callOptions(m_job.profile.timeoutSeconds),
                                            m_readSource.get(), this);
    connect(m_readBack, &Session::BatchReadBack::rowRead, this, &SessionBatchRunner::rowReadBackAs);
    connect(m_readBack, &Session::BatchReadBack::finished, this, [this] {
        if (m_cancelled)
            return end(tr("Cancelled while rows were read back; nothing was sent."));
        resumeSend();
    });
    m_readBack->start();
}

void SessionBatchRunner::rowReadBackAs(qint64 row, const Session::ReadBackVerdict &verdict)
{
    m_history->setBatchCheck(m_unknownEntries.value(row), verdict.check,
                             verdict.landed() ? verdict.contactId : QString());
    const bool again = !verdict.landed() && m_resendUnknown;
    if (again)
        m_resumeRows.insert(row);
    Q_EMIT rowReadBack(row, verdict.landed(),
                       verdict.describe() + QLatin1Char(' ')
                           + (verdict.landed() ? tr("Not sent again.")
                                  : again      ? tr("Sent again, as you confirmed.")
                                               : tr("Not sent again: tick \"resend rows whose outcome is unknown\".")));
}

void SessionBatchRunner::resumeSend()
{
    // The run pulls from its own reading of the file. Called from the read-back's last signal:
    // it goes once that returns.
    if (m_readBack) {
        m_readBack->disconnect(this);
        m_readBack->deleteLater();
        m_readBack = nullptr;
    }
    if (m_resumeRows.isEmpty())
        return sendEnded();
    m_history->setBatchState(m_batchId, QStringLiteral("sending"));
    const QSet<qint64> rows = m_resumeRows;
    startSend(
        m_batchId, [rows](qint64 row) { return rows.contains(row); }, rows.size());
}

} // namespace AssertDesk::Ui
