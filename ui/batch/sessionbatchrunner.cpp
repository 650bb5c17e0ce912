#include "sessionbatchrunner.h"

#include "abstractendpointresolver.h"
#include "apiclient.h"
#include "apierror.h"
#include "assertresponse.h"
#include "batchpreview.h"
#include "batchpreviewfeed.h"
#include "batchreadback.h"
#include "batchrecord.h"
#include "batchrun.h"
#include "batchstanding.h"
#include "csvrowsource.h"
#include "futures.h"
#include "historyservice.h"

#include <QFile>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace AssertDesk::Ui {

using Session::BatchPreview;
using Session::BatchRun;

namespace {

// An error answer up to this size is read for its code as its row finishes (on this thread); a
// larger one only when the history is read back at the end.
constexpr qsizetype kErrorBodyReadHere = 64 * 1024;

// A failed row's error code as the history names it: the API's code from its answer, or the
// outcome when there was no answer.
QString errorCodeOf(const Contract::SendResult &r)
{
    if (r.httpStatus <= 0)
        return Contract::outcomeName(r.outcome).replace(QLatin1Char(' '), QLatin1Char('_'));
    return r.body.size() <= kErrorBodyReadHere ? Contract::ApiError::parse(r.httpStatus, r.body).code() : QString();
}

// The mapping as a map file writes it, with its match column: what the history keeps of a batch,
// so that a resume from the command line reads its rows the same way.
QByteArray mappingJson(const Batch::ColumnMapping &mapping)
{
    Batch::MappingChoices choices;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const Batch::ColumnTarget &target = mapping.column(i).target;
        choices.set(mapping.column(i).header, target.sends() ? std::optional<QString>(target.text()) : std::nullopt);
    }
    if (mapping.matchColumn() >= 0)
        choices.setMatch(mapping.column(mapping.matchColumn()).header);
    return choices.toJson(mapping.header());
}

BatchRowOutcome::Outcome outcomeOf(Contract::Outcome outcome)
{
    switch (outcome) {
    case Contract::Outcome::Succeeded: return BatchRowOutcome::Outcome::Succeeded;
    case Contract::Outcome::Rejected: return BatchRowOutcome::Outcome::Rejected;
    case Contract::Outcome::Unknown: return BatchRowOutcome::Outcome::Unknown;
    case Contract::Outcome::NotSent:
    case Contract::Outcome::Cancelled: break;
    }
    return BatchRowOutcome::Outcome::NotSent;
}

} // namespace

SessionBatchRunner::SessionBatchRunner(Net::ApiClient *client, History::HistoryService *history,
                                       Session::AbstractEndpointResolver *endpoints, QObject *parent)
    : BatchRunner(parent)
    , m_client(client)
    , m_history(history)
    , m_endpoints(endpoints)
{
}

SessionBatchRunner::~SessionBatchRunner()
{
    if (m_stopCheck)
        m_stopCheck->store(true);
    // The run and the read-back before the sources they pull from.
    delete m_run;
    delete m_readBack;
    delete m_preview;
}

bool SessionBatchRunner::canPreview() const
{
    return m_client && m_endpoints;
}

bool SessionBatchRunner::canSend() const
{
    return m_client && m_endpoints && m_history;
}

void SessionBatchRunner::preview(const Job &job)
{
    begin(job, false);
}

void SessionBatchRunner::send(const Job &job)
{
    begin(job, true);
}

void SessionBatchRunner::begin(const Job &job, bool sending)
{
    if (m_step != Step::Idle)
        return;
    m_job = job;
    m_sending = sending;
    m_cancelled = false;
    m_paused = false;
    m_check.reset();
    m_step = Step::Resolving;
    m_endpoints->resolve(job.profile, this, [this](const Session::Endpoint &endpoint) { resolved(endpoint); });
}

void SessionBatchRunner::resolved(const Session::Endpoint &endpoint)
{
    if (m_cancelled)
        return end(tr("Cancelled; nothing was sent."));
    if (!endpoint.ok())
        return end(endpoint.errorWithFix());
    m_endpoint = endpoint;
    m_step = Step::Checking;
    // The file is read again off the UI thread: a long one takes seconds.
    m_stopCheck = std::make_shared<std::atomic_bool>(false);
    const auto stop = m_stopCheck;
    const Job job = m_job;
    History::whenReady(
        QtConcurrent::run([job, stop] { return std::make_shared<BatchFileCheck>(BatchFileCheck::run(job, *stop)); }),
        this, [this](const std::shared_ptr<BatchFileCheck> &check) { checked(check); });
}

void SessionBatchRunner::checked(const std::shared_ptr<BatchFileCheck> &check)
{
    m_stopCheck.reset();
    if (m_cancelled || check->cancelled)
        return end(m_sending ? tr("Cancelled; nothing was sent.") : tr("Preview cancelled."));
    if (!check->error.isEmpty())
        return end(check->error);
    m_check = check;
    if (check->valid() == 0)
        return end(tr("No valid row to send or preview."));
    if (m_sending && !m_job.onlyValidRows && check->valid() != check->rows())
        return end(tr("The file changed since it was checked: some rows are not valid now. Check it again."));
    if (m_sending)
        recordBatch();
    else
        startPreview();
}

void SessionBatchRunner::startPreview()
{
    m_step = Step::Previewing;
    auto feed = std::make_shared<BatchPreviewFeed>(m_job.path, m_check, m_job.emptyClears);
    m_preview = new BatchPreview(m_client, m_endpoint.callOptions(m_job.profile.timeoutSeconds), this);
    const qint64 total = m_check->valid();
    connect(m_preview, &BatchPreview::progress, this,
            [this, total](qint64 rows, int) { Q_EMIT progress(rows, total); });
    connect(m_preview, &BatchPreview::rowsPredicted, this, [this](const QList<Session::RowPrediction> &rows) {
        for (const Session::RowPrediction &p : rows)
            Q_EMIT rowPredicted(m_check->rowAtLine(p.line), p.kindName(), p.detail());
    });
    connect(m_preview, &BatchPreview::finished, this, [this](const Session::BatchPreviewCounts &counts) {
        Q_EMIT previewed({counts.create, counts.update, counts.ambiguous, counts.unchanged, counts.unavailable});
        m_preview->deleteLater();
        m_preview = nullptr;
        end(counts.cancelled ? tr("Preview cancelled.") : counts.sentence());
    });
    m_preview->start([feed](qsizetype max) { return feed->next(max); });
}

void SessionBatchRunner::recordBatch()
{
    m_step = Step::Recording;
    History::BatchRecord batch;
    batch.profile = m_job.profile.name;
    batch.baseUrl = m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
    batch.sourcePath = m_job.path;
    batch.sourceSize = m_check->size;
    batch.sourceSha256 = m_check->sha256;
    batch.header = m_check->mapping.header();
    batch.mapping = mappingJson(m_check->mapping);
    const qsizetype match = m_check->mapping.matchColumn();
    batch.matchColumn = match >= 0 ? m_check->mapping.column(match).header : QString();
    batch.options = {{QStringLiteral("empty_clears"), m_job.emptyClears},
                     {QStringLiteral("concurrency"), BatchRun::kDefaultConcurrency},
                     {QStringLiteral("skip_invalid"), m_job.onlyValidRows},
                     {QStringLiteral("delimiter"), int(m_check->delimiter)}};
    batch.totalRows = m_check->rows();
    batch.invalidRows = m_check->invalid;
    batch.repeatedRows = m_check->repeated;
    History::whenReady(
        m_history->createBatch(batch), this,
        [this](const History::HistoryService::BatchResult &made) {
            if (made.id < 0)
                return end(tr("The history could not record the batch, so nothing was sent: %1").arg(made.error));
            m_batchId = made.id;
            if (m_cancelled)
                return sendEnded();
            const std::shared_ptr<const BatchFileCheck> check = m_check;
            startSend(
                made.id, [check](qint64 row) { return check->isValid(row); }, m_check->valid());
        },
        [this] { end(tr("The history is closed; nothing was sent.")); });
}

std::unique_ptr<Session::BatchSource> SessionBatchRunner::rowsOfFile(const std::function<bool(qint64)> &wanted,
                                                                     QString *error)
{
    auto device = std::make_unique<QFile>(m_job.path);
    if (!device->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_job.path, device->errorString());
        return nullptr;
    }
    Batch::CsvReader::Options csv;
    csv.delimiter = m_check->delimiter;
    return std::make_unique<Session::CsvRowSource>(std::move(device), csv, m_check->mapping,
                                                   Contract::FieldCatalogue::builtIn(), m_job.emptyClears, wanted);
}

void SessionBatchRunner::startSend(qint64 batchId, const std::function<bool(qint64)> &wanted, qint64 total)
{
    m_step = Step::Sending;
    QString error;
    m_source = rowsOfFile(wanted, &error);
    if (!m_source)
        return end(error);
    BatchRun::Settings settings;
    settings.profile = m_job.profile.name;
    settings.batchId = batchId;
    settings.call = m_endpoint.callOptions(m_job.profile.timeoutSeconds);
    settings.total = total;
    m_run = new BatchRun(m_client, m_history, m_source.get(), settings, this);
    connect(m_run, &BatchRun::rowFinished, this, &SessionBatchRunner::rowSent);
    connect(m_run, &BatchRun::progressChanged, this, &SessionBatchRunner::progressed);
    connect(m_run, &BatchRun::finished, this, &SessionBatchRunner::sendEnded, Qt::QueuedConnection);
    m_run->start();
    // Paused while the file was checked and the batch recorded: the rows the start handed out
    // finish, and no more start until Resume.
    if (m_paused)
        m_run->pause();
}

void SessionBatchRunner::rowSent(const Session::BatchRowResult &result)
{
    BatchRowOutcome row;
    row.number = result.row;
    row.outcome = outcomeOf(result.result.outcome);
    row.httpStatus = result.result.httpStatus;
    row.message = result.result.summary;
    row.historyId = qMax<qint64>(0, result.historyId);
    row.line = result.line;
    // What the send already read of the answer, so that the table says what each row did as it
    // goes, not only once the batch has ended and the history is read back.
    if (const auto &answer = result.result.answer) {
        if (answer->action() != Contract::AssertResponse::Action::Unknown)
            row.action = answer->actionText();
        row.contactId = answer->recordId();
    } else if (result.result.outcome != Contract::Outcome::Succeeded) {
        row.errorCode = errorCodeOf(result.result);
    }
    Q_EMIT rowFinished(row);
}

void SessionBatchRunner::progressed(const Session::BatchProgress &p)
{
    Q_EMIT progress(p.done, p.total);
    Q_EMIT pace(p.rowsPerSecond, p.secondsLeft, p.throttledSeconds);
}

void SessionBatchRunner::sendEnded()
{
    const QString state = m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("done");
    const qint64 id = m_batchId;
    m_history->setBatchState(id, state);
    // The history's view of every row says most (action, contact, error code), and names the
    // rows never started: they end as not sent.
    History::whenReady(
        m_history->batchRows(id), this, [this](const QList<History::BatchRowState> &rows) { fillFromHistory(rows); },
        [this] { end(tr("The batch ended; the history could not be read back.")); });
}

void SessionBatchRunner::fillFromHistory(const QList<History::BatchRowState> &rows)
{
    std::vector<const History::BatchRowState *> byRow(size_t(m_check->rows()), nullptr);
    for (const History::BatchRowState &r : rows)
        if (r.row >= 1 && r.row <= m_check->rows())
            byRow[size_t(r.row - 1)] = &r;
    qint64 counts[7] = {};
    for (qint64 number = 1; number <= m_check->rows(); ++number) {
        if (!m_check->isValid(number))
            continue;
        BatchRowOutcome out;
        out.number = number;
        out.outcome = BatchRowOutcome::Outcome::NotSent;
        if (const History::BatchRowState *r = byRow[size_t(number - 1)]) {
            out.outcome = BatchRowOutcome::of(Session::BatchStanding::of(*r));
            out.line = r->line;
            out.httpStatus = r->httpStatus;
            out.action = r->action;
            out.contactId = r->contactId;
            out.errorCode = r->errorCode;
            out.message = r->errorMessage;
            out.historyId = r->historyId;
        }
        ++counts[int(out.outcome)];
        Q_EMIT rowFinished(out);
    }
    const QLocale locale;
    using O = BatchRowOutcome::Outcome;
    const qint64 landed = counts[int(O::Landed)];
    const QString summary
        = tr("Batch %1 %2: %3 succeeded, %4 rejected, %5 unknown, %6 not sent.")
              .arg(m_batchId)
              .arg(m_cancelled ? tr("cancelled") : tr("sent"))
              .arg(locale.toString(counts[int(O::Succeeded)]), locale.toString(counts[int(O::Rejected)]),
                   locale.toString(counts[int(O::Unknown)] + counts[int(O::Interrupted)]),
                   locale.toString(counts[int(O::NotSent)]));
    end(landed ? summary + QLatin1Char(' ') + tr("%1 landed (read back).").arg(locale.toString(landed)) : summary);
}

void SessionBatchRunner::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_run)
        return;
    if (paused)
        m_run->pause();
    else
        m_run->resume();
}

void SessionBatchRunner::cancel()
{
    if (m_step == Step::Idle)
        return;
    m_cancelled = true;
    if (m_stopCheck)
        m_stopCheck->store(true);
    if (m_preview)
        m_preview->cancel();
    if (m_run)
        m_run->cancel();
    if (m_readBack)
        m_readBack->cancel();
}

void SessionBatchRunner::end(const QString &summary)
{
    // Called from the history's answers, never from inside the run's own signals: it can go now,
    // and then the source it pulled from.
    delete m_run;
    m_run = nullptr;
    m_source.reset();
    // The read-back may be the one calling: it stops pulling rows, and goes later.
    if (m_readBack) {
        m_readBack->disconnect(this);
        m_readBack->cancel();
        m_readBack->deleteLater();
        m_readBack = nullptr;
    }
    m_step = Step::Idle;
    Q_EMIT finished(summary);
}

} // namespace AssertDesk::Ui
