#include "batchview.h"

#include "batchmappingpanel.h"
#include "batchproblemmodel.h"
#include "batchresultsmodel.h"
#include "batchresultspage.h"
#include "batchresultssaver.h"
#include "batchrowsmodel.h"
#include "mappingmodel.h"
#include "pastbatchbar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>

// The batch view's half that works with its runner: preview, send, pause and cancel, and a past
// batch reopened from the history and resumed.
namespace AssertDesk::Ui {

void BatchView::wireRunner()
{
    if (!m_runner)
        return;
    m_pause->show();
    connect(m_pause, &QPushButton::toggled, m_runner, &BatchRunner::setPaused);
    connect(m_pause, &QPushButton::toggled, this,
            [this](bool paused) { m_pause->setText(paused ? tr("Resume") : tr("Pause")); });
    connect(m_runner, &BatchRunner::previewed, this, [this](const BatchRunner::PreviewCounts &c) {
        const QLocale locale;
        m_preview->setText(tr("Will create %1, update %2; ambiguous %3, unchanged %4, unavailable %5")
                               .arg(locale.toString(c.create), locale.toString(c.update), locale.toString(c.ambiguous),
                                    locale.toString(c.unchanged), locale.toString(c.unavailable)));
    });
    connect(m_runner, &BatchRunner::rowPredicted, m_results, &BatchResultsModel::setPrediction);
    connect(m_runner, &BatchRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->show();
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_counts->setText(tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)) + m_pace);
    });
    connect(m_runner, &BatchRunner::pace, this, [this](double rate, qint64 secondsLeft, int throttled) {
        const QLocale locale;
        m_pace = QLatin1String(", ") + tr("%1 rows/s").arg(locale.toString(rate, 'f', 1));
        if (throttled > 0)
            m_pace += QLatin1String(", ") + tr("the server asked to wait %1 s").arg(throttled);
        else if (secondsLeft >= 0)
            m_pace += QLatin1String(", ") + tr("%1 s left").arg(locale.toString(secondsLeft));
    });
    connect(m_runner, &BatchRunner::rowFinished, m_results, &BatchResultsModel::setOutcome);
    connect(m_runner, &BatchRunner::finished, this, &BatchView::runnerFinished);
}

BatchRunner::Job BatchView::job() const
{
    BatchRunner::Job job;
    job.path = m_path;
    job.delimiter = m_delimiter;
    job.choices = m_mapping->choices();
    job.emptyClears = m_mappingPanel->emptyClears();
    job.profile = m_profile ? m_profile() : Profiles::Profile();
    return job;
}

void BatchView::previewBatch()
{
    if (!m_runner || !m_runner->canPreview() || !m_checked)
        return;
    m_runnerBusy = true;
    m_pace.clear();
    m_results->clearPredictions();
    m_preview->setText(tr("Previewing…"));
    updateActions();
    m_runner->preview(job());
}

// Nothing is sent while the file has errors unless the person chooses to send only the valid rows.
void BatchView::sendBatch()
{
    if (!m_runner || !m_runner->canSend() || !m_checked)
        return;
    BatchRunner::Job j = job();
    if (!confirmSend(j))
        return;
    m_results->clearOutcomes();
    m_pace.clear();
    m_runnerBusy = true;
    m_pages->setCurrentWidget(m_resultsPage);
    updateActions();
    m_runner->send(j);
}

// Names where the rows go and how many, before anything is sent. Nothing is sent while the file
// has errors unless the person chooses to send only the valid rows.
bool BatchView::confirmSend(BatchRunner::Job &j)
{
    const QString server
        = j.profile.isSandbox() ? tr("the built-in sandbox") : j.profile.baseUrl.toString(QUrl::RemoveUserInfo);
    const QLocale locale;
    QString text = tr("Send %1 rows to the profile \"%2\" (%3)? Each row is an assert, recorded in the history.")
                       .arg(locale.toString(m_summary.valid), j.profile.name, server);
    if (!m_summary.allValid())
        text += QLatin1String("\n\n")
            + tr("%1 rows are invalid and %2 repeat a match key: they are left out.")
                  .arg(locale.toString(m_summary.invalid), locale.toString(m_summary.repeated));
    if (j.profile.production)
        text += QLatin1String("\n\n") + tr("This is a production profile.");
    QMessageBox box(QMessageBox::Question, tr("Send the batch?"), text, QMessageBox::Cancel, this);
    QPushButton *go
        = box.addButton(m_summary.allValid() ? tr("Send") : tr("Send only the valid rows"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != go)
        return false;
    j.onlyValidRows = !m_summary.allValid();
    return true;
}

void BatchView::askWhereToSave()
{
    const QFileInfo source(m_path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + QLatin1String("-results.csv"));
    const QString out = QFileDialog::getSaveFileName(this, tr("Save results"), suggested, tr("CSV files (*.csv)"));
    if (!out.isEmpty())
        saveResults(out);
}

void BatchView::saveResults(const QString &out)
{
    if (m_path.isEmpty() || m_saver->isSaving())
        return;
    m_saver->save(out, m_path, m_delimiter, BatchResultsSaver::cells(m_results, m_problems));
    updateActions();
}

void BatchView::runnerFinished(const QString &summary)
{
    m_runnerBusy = false;
    m_pause->setChecked(false);
    m_progress->hide();
    Q_EMIT message(summary, 10000);
    showCounts();
    updateActions();
}

void BatchView::wirePast()
{
    if (!m_runner || !m_runner->canReopen()) {
        m_pastButton->hide();
        return;
    }
    connect(m_pastButton, &QPushButton::clicked, this, &BatchView::pastBatchesWanted);
    connect(m_pastBar, &PastBatchBar::reopened, this, &BatchView::showPast);
    connect(m_pastBar, &PastBatchBar::resumeStarted, this, [this] {
        m_runnerBusy = true;
        m_pace.clear();
        updateActions();
    });
}

// Never while a batch is sent or previewed: opening a past one does not stop it.
void BatchView::reopen(qint64 batchId)
{
    if (m_runnerBusy) {
        Q_EMIT message(tr("A batch is being sent or previewed: open a past one when it ends."), 8000);
        return;
    }
    m_checker->cancel();
    m_pastBar->reopen(batchId);
}

// The batch's rows as the history has them, on the results page; the mapping and check of a
// file stand aside, as there is no file open to check.
void BatchView::showPast(const BatchRunner::Reopened &batch)
{
    m_checker->cancel();
    m_path.clear();
    m_fileError.clear();
    m_checked = false;
    m_summary = {};
    m_rows->reset({});
    m_problems->clear();
    m_mapping->setHeader({}, Contract::FieldCatalogue::builtIn(), {});
    m_results->showPast(batch.batch.rows, batch.status, batch.rows);
    m_mappingPanel->hide();
    // The file bar keeps only its way to the other past batches.
    m_fileLabel->setText(QString());
    m_delimiterCombo->hide();
    m_delimiterLabel->hide();
    m_pages->setCurrentWidget(m_resultsPage);
    m_counts->clear();
    m_preview->clear();
    Q_EMIT titleChanged(tr("batch %1").arg(batch.batch.id));
    updateActions();
}

void BatchView::leavePast()
{
    m_pastBar->hide();
    m_mappingPanel->show();
    m_delimiterCombo->show();
    m_delimiterLabel->show();
}

} // namespace AssertDesk::Ui
