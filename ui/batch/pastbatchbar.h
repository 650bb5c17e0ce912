#pragma once

#include "batchrunner.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace AssertDesk::Ui {

class BatchResultsModel;

// Above the batch view's pages while a past batch is shown: which batch (file, when, profile,
// state), where its rows stand (succeeded, rejected, unknown, interrupted, not sent), whether its
// file is still the one it was sent from, and Resume: the rows never sent go; rows whose outcome
// is unknown are read back first and shown as landed or not, and sent again only when the person
// ticked "resend rows whose outcome is unknown" and confirmed. A row is never sent twice without
// being asked.
class PastBatchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastBatchBar)

public:
    // `runner` and `results` outlive it.
    PastBatchBar(BatchRunner *runner, BatchResultsModel *results, std::function<Profiles::Profile()> profile,
                 QWidget *parent = nullptr);

    // Asks the runner for batch `batchId`; the bar shows itself when it is reopened.
    void reopen(qint64 batchId);
    qint64 batchId() const { return m_shown.batch.id; }
    const BatchRunner::Reopened &shown() const { return m_shown; }
    QPushButton *resumeButton() const { return m_resume; }
    QCheckBox *resendUnknownBox() const { return m_resendUnknown; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *noteLabel() const { return m_note; }
    // Off while the view's runner is busy with something else.
    void setBusy(bool busy);

    static QString stateText(const QString &state);
    static QString countsText(const BatchRunner::PastBatch &batch);

Q_SIGNALS:
    // The batch is shown: the view puts it in its results table.
    void reopened(const AssertDesk::Ui::BatchRunner::Reopened &batch);
    void resumeStarted();

private:
    void show(const BatchRunner::Reopened &batch);
    void resume();
    void readBack(qint64 row, bool landed, const QString &detail);
    void runnerFinished();
    void updateActions();

    BatchRunner *m_runner;
    BatchResultsModel *m_results;
    std::function<Profiles::Profile()> m_profile;
    BatchRunner::Reopened m_shown;
    qint64 m_reopening = 0; // the batch asked for, until it is shown
    bool m_resuming = false;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_resendUnknown = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace AssertDesk::Ui
