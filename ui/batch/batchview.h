#pragma once

#include "batchchecker.h"
#include "batchrunner.h"
#include "profile.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTabWidget;

namespace AssertDesk::Ui {

class BatchMappingPanel;
class BatchProblemModel;
class BatchResultsModel;
class BatchResultsPage;
class BatchResultsSaver;
class BatchRowsModel;
class MappingModel;
class PastBatchBar;

// The window's batch view: a CSV file of contacts, its summary (rows, delimiter, encoding), the
// mapping of its columns, the check of every row (on a worker thread, with progress and cancel),
// the problems (activating one shows its row and cell), the rows, and the results. Preview and
// Send go to a BatchRunner when there is one; without one they are off and say what is coming.
// Made the first time File › Open batch… is used.
class BatchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchView)

public:
    // `mappingFolder`: where mappings are saved per header set (empty: not saved). `runner` may be
    // null; the view does not own it.
    BatchView(QString mappingFolder, BatchRunner *runner, std::function<Profiles::Profile()> profile,
              QWidget *parent = nullptr);
    ~BatchView() override;

    // Reads the file's header, maps its columns (the mapping saved for them first) and checks it.
    // False, with the reason shown, when it cannot be read as CSV.
    bool open(const QString &path);
    QString path() const { return m_path; }
    void check();
    void cancel();
    // A map file's choices over the current ones; they are saved for this header set.
    bool loadMapping(const QString &path);
    bool isChecking() const;

    MappingModel *mappingModel() const { return m_mapping; }
    BatchRowsModel *rowsModel() const { return m_rows; }
    BatchProblemModel *problemModel() const { return m_problems; }
    BatchResultsModel *resultsModel() const { return m_results; }
    BatchMappingPanel *mappingPanel() const { return m_mappingPanel; }
    QTableView *rowsTable() const { return m_rowsTable; }
    QTableView *problemTable() const { return m_problemTable; }
    const Batch::BatchSummary &summary() const { return m_summary; }

    // The results file (the file's columns and each row's outcome) written to `out` off the UI
    // thread; resultsSaver()'s saved() says when.
    void saveResults(const QString &out);
    BatchResultsSaver *resultsSaver() const { return m_saver; }

    // A past batch from the history (batchviewrunner.cpp): its rows and counts, offline, and
    // Resume when its file is unchanged.
    void reopen(qint64 batchId);
    PastBatchBar *pastBar() const { return m_pastBar; }
    BatchRunner *runner() const { return m_runner; }

    // Shows the row of the problem at `problemRow` in the rows table, its cell current.
    void showProblem(int problemRow);

Q_SIGNALS:
    void checkFinished();
    // The file's name, for the tab.
    void titleChanged(const QString &title);
    void message(const QString &text, int timeoutMs);
    // "Past batches…" was pressed.
    void pastBatchesWanted();

private:
    QWidget *buildFileBar();
    QWidget *buildChecks();
    QWidget *buildActionBar();
    void wireRunner();
    void wirePast();
    void showPast(const BatchRunner::Reopened &batch);
    void leavePast();
    void delimiterChosen(int choice);
    void mappingChanged();
    void saveMapping();
    void rowsChecked(CheckedBatch &batch);
    void checkDone(const BatchChecker::Result &result);
    void showFile();
    void showCounts();
    void updateActions();
    BatchRunner::Job job() const;
    void previewBatch();
    void sendBatch();
    bool confirmSend(BatchRunner::Job &job);
    void askWhereToSave();
    void runnerFinished(const QString &summary);

    QString m_mappingFolder;
    BatchRunner *m_runner;
    std::function<Profiles::Profile()> m_profile;
    QString m_path;
    char m_chosenDelimiter = 0; // 0: detected
    char m_delimiter = 0;
    bool m_byteOrderMark = false;
    bool m_checked = false; // a check ran to the end with the current mapping
    bool m_runnerBusy = false;
    QString m_fileError;
    QString m_pace; // ", 12.0 rows/s, 40 s left" while sending
    Batch::BatchSummary m_summary;

    MappingModel *m_mapping = nullptr;
    BatchRowsModel *m_rows = nullptr;
    BatchProblemModel *m_problems = nullptr;
    BatchResultsModel *m_results = nullptr;
    BatchChecker *m_checker = nullptr;

    QLabel *m_fileLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    BatchMappingPanel *m_mappingPanel = nullptr;
    QTabWidget *m_pages = nullptr;
    QTableView *m_problemTable = nullptr;
    QTableView *m_rowsTable = nullptr;
    BatchResultsPage *m_resultsPage = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_saveButton = nullptr;
    BatchResultsSaver *m_saver = nullptr;
    PastBatchBar *m_pastBar = nullptr;
    QPushButton *m_pastButton = nullptr;
};

} // namespace AssertDesk::Ui
