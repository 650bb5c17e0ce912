#include "pastbatchbar.h"

#include "batchresultsmodel.h"
#include "localtime.h"
#include "question.h"
#include "visibletext.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace AssertDesk::Ui {

PastBatchBar::PastBatchBar(BatchRunner *runner, BatchResultsModel *results, std::function<Profiles::Profile()> profile,
                           QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_results(results)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("pastBatchBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pastBatchTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("pastBatchCounts"));
    m_counts->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("pastBatchNote"));
    m_note->setWordWrap(true);
    m_resendUnknown = new QCheckBox(tr("Resend rows whose outcome is unknown"), this);
    m_resendUnknown->setObjectName(QStringLiteral("pastBatchResendUnknown"));
    m_resendUnknown->setToolTip(tr("Rows whose outcome is unknown are read back first; those the server does not "
                                   "hold as the row writes them are sent again, after you confirm."));
    m_resume = new QPushButton(tr("Resume…"), this);
    m_resume->setObjectName(QStringLiteral("pastBatchResume"));
    m_resume->setToolTip(tr("Send the rows of this batch that were never sent."));
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_counts, 1, 0);
    layout->addWidget(m_resendUnknown, 1, 1, Qt::AlignRight);
    layout->addWidget(m_note, 2, 0);
    layout->addWidget(m_resume, 2, 1, Qt::AlignRight);
    layout->setColumnStretch(0, 1);
    hide();
    connect(m_resume, &QPushButton::clicked, this, &PastBatchBar::resume);
    if (!m_runner)
        return;
    connect(m_runner, &BatchRunner::reopened, this, &PastBatchBar::show);
    connect(m_runner, &BatchRunner::rowReadBack, this, &PastBatchBar::readBack);
    connect(m_runner, &BatchRunner::finished, this, &PastBatchBar::runnerFinished);
    updateActions();
}

void PastBatchBar::reopen(qint64 batchId)
{
    if (!m_runner || !m_runner->canReopen())
        return;
    m_reopening = batchId;
    m_runner->reopen(batchId);
}

QString PastBatchBar::stateText(const QString &state)
{
    if (state == QLatin1String("done"))
        return tr("done");
    if (state == QLatin1String("cancelled"))
        return tr("cancelled");
    return tr("interrupted");
}

QString PastBatchBar::countsText(const BatchRunner::PastBatch &b)
{
    const QLocale locale;
    QString text = tr("%1 rows: %2 succeeded, %3 rejected, %4 outcome unknown, %5 interrupted, %6 not sent")
                       .arg(locale.toString(b.rows), locale.toString(b.succeeded), locale.toString(b.rejected),
                            locale.toString(b.unknown), locale.toString(b.interrupted), locale.toString(b.notSent));
    if (b.landed > 0)
        text += QLatin1String(", ") + tr("%1 landed (read back)").arg(locale.toString(b.landed));
    if (b.invalid > 0)
        text += QLatin1String(", ") + tr("%1 invalid or repeated").arg(locale.toString(b.invalid));
    return text;
}

void PastBatchBar::show(const BatchRunner::Reopened &batch)
{
    if (batch.batch.id != m_reopening)
        return;
    m_shown = batch;
    const BatchRunner::PastBatch &b = batch.batch;
    m_title->setText(tr("Batch %1 · %2 · sent %3 with the profile \"%4\" · %5")
                         .arg(b.id)
                         .arg(Contract::visibleText(QFileInfo(b.path).fileName()), LocalTime::text(b.createdAt),
                              Contract::visibleText(b.profile), stateText(b.state)));
    m_title->setToolTip(b.path);
    m_counts->setText(countsText(b));
    if (batch.file != BatchRunner::FileState::Unchanged)
        m_note->setText(Contract::visibleText(batch.fileNote));
    else if (b.notSent + b.unknown + b.interrupted == 0)
        m_note->setText(tr("Every row of this batch has an outcome: nothing is left to resume."));
    else
        m_note->setText(tr("The file is as it was when the batch was sent: it can be resumed."));
    m_resendUnknown->setChecked(false);
    QWidget::show();
    updateActions();
    Q_EMIT reopened(batch);
}

void PastBatchBar::resume()
{
    const BatchRunner::PastBatch &b = m_shown.batch;
    if (!m_runner || m_busy || m_shown.file != BatchRunner::FileState::Unchanged)
        return;
    const QLocale locale;
    const Profiles::Profile profile = m_profile ? m_profile() : Profiles::Profile();
    QString text = b.notSent > 0 ? tr("Send the %1 rows of batch %2 that were never sent, with the profile \"%3\"?")
                                       .arg(locale.toString(b.notSent))
                                       .arg(b.id)
                                       .arg(profile.name)
                                 : tr("Every row of batch %1 was sent at least once.").arg(b.id);
    const qint64 unknown = b.unknown + b.interrupted;
    const bool resend = m_resendUnknown->isChecked() && unknown > 0;
    if (unknown > 0)
        text += QLatin1String("\n\n")
            + (resend ? tr("The %1 rows whose outcome is unknown are read back first; those not found as the row "
                           "writes them are sent again.")
                      : tr("The %1 rows whose outcome is unknown are read back first and not sent again."))
                  .arg(locale.toString(unknown));
    if (!Question::ask(this, tr("Resume the batch?"), text, resend ? tr("Resume and resend") : tr("Resume")))
        return;
    m_resuming = true;
    setBusy(true);
    Q_EMIT resumeStarted();
    m_runner->resume(b.id, profile, resend);
}

void PastBatchBar::readBack(qint64 row, bool landed, const QString &detail)
{
    BatchRowOutcome outcome = m_results->outcome(row);
    outcome.number = row;
    if (landed)
        outcome.outcome = BatchRowOutcome::Outcome::Landed;
    outcome.message = detail;
    m_results->setOutcome(outcome);
}

// After a resume the history says where every row stands now: the batch is shown again from it.
void PastBatchBar::runnerFinished()
{
    if (!m_resuming)
        return;
    m_resuming = false;
    setBusy(false);
    reopen(m_shown.batch.id);
}

void PastBatchBar::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void PastBatchBar::updateActions()
{
    const BatchRunner::PastBatch &b = m_shown.batch;
    const bool resumable = m_runner && m_runner->canSend() && m_shown.file == BatchRunner::FileState::Unchanged;
    m_resume->setEnabled(resumable && !m_busy && b.notSent + b.unknown + b.interrupted > 0);
    m_resendUnknown->setEnabled(resumable && !m_busy && b.unknown + b.interrupted > 0);
}

} // namespace AssertDesk::Ui
