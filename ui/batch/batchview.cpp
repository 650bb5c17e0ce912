#include "batchview.h"

#include "batchmappingpanel.h"
#include "batchproblemmodel.h"
#include "batchresultsmodel.h"
#include "batchresultspage.h"
#include "batchresultssaver.h"
#include "batchrowsmodel.h"
#include "mappingmodel.h"
#include "pastbatchbar.h"

#include "batchscan.h"
#include "mappingstore.h"
#include "visibletext.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::Batch;

namespace {

// Rows of a table are one line high and never measured one by one: with 100,000 rows, a
// header that sized each row to its contents would read every cell.
void setUpLargeTable(QTableView *table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    // One line of text a row, not the style's roomier default: more rows in view.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

// Widths fixed by hand rather than measured: measuring a column reads every row. Never narrower
// than the column's heading in this language, with room for the style's margins.
void setWidths(QTableView *table, const QList<int> &widths)
{
    const QHeaderView *header = table->horizontalHeader();
    for (int i = 0; i < widths.size(); ++i) {
        const QString title = table->model()->headerData(i, Qt::Horizontal).toString();
        table->setColumnWidth(i, qMax(widths.at(i), header->fontMetrics().horizontalAdvance(title) + 16));
    }
}

} // namespace

BatchView::BatchView(QString mappingFolder, BatchRunner *runner, std::function<Profiles::Profile()> profile,
                     QWidget *parent)
    : QWidget(parent)
    , m_mappingFolder(std::move(mappingFolder))
    , m_runner(runner)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("batchView"));
    m_mapping = new MappingModel(this);
    m_rows = new BatchRowsModel(this);
    m_problems = new BatchProblemModel(this);
    m_results = new BatchResultsModel(m_rows, this);
    m_checker = new BatchChecker(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFileBar());
    m_pastBar = new PastBatchBar(m_runner, m_results, m_profile, this);
    layout->addWidget(m_pastBar);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("batchSplitter"));
    m_mappingPanel = new BatchMappingPanel(m_mapping, splitter);
    splitter->addWidget(m_mappingPanel);
    splitter->addWidget(buildChecks());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 900});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildActionBar());

    connect(m_mapping, &MappingModel::mappingChanged, this, &BatchView::mappingChanged);
    connect(m_mappingPanel, &BatchMappingPanel::emptyClearsChanged, this, [this] {
        m_checked = false;
        showCounts();
    });
    connect(m_checker, &BatchChecker::checked, this, &BatchView::rowsChecked);
    connect(m_checker, &BatchChecker::finished, this, &BatchView::checkDone);
    connect(m_problemTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showProblem(index.row()); });
    wireRunner();
    wirePast();
    showFile();
    updateActions();
}

BatchView::~BatchView() = default;

QWidget *BatchView::buildFileBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(bar);
    m_fileLabel->setObjectName(QStringLiteral("batchFile"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_fileLabel, 1);
    m_delimiterCombo = new QComboBox(bar);
    m_delimiterCombo->setObjectName(QStringLiteral("batchDelimiter"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("Detected"), 0);
    m_delimiterCombo->addItem(tr("Comma (,)"), int(','));
    m_delimiterCombo->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiterCombo->addItem(tr("Tab"), int('\t'));
    m_delimiterCombo->addItem(tr("Pipe (|)"), int('|'));
    m_delimiterLabel = new QLabel(tr("Delimiter:"), bar);
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    layout->addWidget(m_delimiterLabel);
    layout->addWidget(m_delimiterCombo);
    connect(m_delimiterCombo, &QComboBox::activated, this, &BatchView::delimiterChosen);
    m_pastButton = new QPushButton(tr("Past batches…"), bar);
    m_pastButton->setObjectName(QStringLiteral("batchPastBatches"));
    layout->addWidget(m_pastButton);
    return bar;
}

// The problems above the rows they are in, and the results on a page of their own.
QWidget *BatchView::buildChecks()
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("batchPages"));
    auto *split = new QSplitter(Qt::Vertical, m_pages);
    m_problemTable = new QTableView(split);
    m_problemTable->setObjectName(QStringLiteral("batchProblems"));
    m_problemTable->setAccessibleName(tr("Problems"));
    m_problemTable->setAccessibleDescription(tr("Enter shows the row and the cell of the problem."));
    m_problemTable->setModel(m_problems);
    setUpLargeTable(m_problemTable);
    m_rowsTable = new QTableView(split);
    m_rowsTable->setObjectName(QStringLiteral("batchRows"));
    m_rowsTable->setAccessibleName(tr("Rows of the file"));
    m_rowsTable->setModel(m_rows);
    setUpLargeTable(m_rowsTable);
    m_rowsTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rowsTable->horizontalHeader()->setStretchLastSection(false);
    m_rowsTable->horizontalHeader()->setDefaultSectionSize(160);
    // A model's reset gives its columns the default width again.
    const int digits = m_problemTable->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 12;
    const auto widths = [this, digits] {
        setWidths(m_problemTable, {digits, digits, 130, 80, 190});
        setWidths(m_rowsTable, {digits, 90});
    };
    widths();
    connect(m_problems, &QAbstractItemModel::modelReset, this, widths);
    connect(m_rows, &QAbstractItemModel::modelReset, this, widths);
    split->addWidget(m_problemTable);
    split->addWidget(m_rowsTable);
    split->setSizes({200, 400});
    split->setChildrenCollapsible(false);
    m_pages->addTab(split, tr("Problems and rows"));
    m_resultsPage = new BatchResultsPage(m_results, m_pages);
    m_pages->addTab(m_resultsPage, tr("Results"));
    return m_pages;
}

QWidget *BatchView::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_check = new QPushButton(tr("Check"), bar);
    m_check->setObjectName(QStringLiteral("batchCheck"));
    m_check->setToolTip(tr("Map and check every row of the file; nothing is sent."));
    m_cancel = new QPushButton(tr("Stop"), bar);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("batchCounts"));
    // Wrapped rather than widening the window: German counts and the preview's sentence are long.
    m_counts->setWordWrap(true);
    m_preview = new QLabel(bar);
    m_preview->setObjectName(QStringLiteral("batchPreviewSummary"));
    m_preview->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Preview"), bar);
    m_previewButton->setObjectName(QStringLiteral("batchPreview"));
    m_pause = new QPushButton(tr("Pause"), bar);
    m_pause->setObjectName(QStringLiteral("batchPause"));
    m_pause->setCheckable(true);
    m_pause->hide();
    m_sendButton = new QPushButton(tr("Send…"), bar);
    m_sendButton->setObjectName(QStringLiteral("batchSend"));
    m_saveButton = new QPushButton(tr("Save results…"), bar);
    m_saveButton->setObjectName(QStringLiteral("batchSaveResults"));
    m_saveButton->setToolTip(tr("The file's columns and each row's outcome, as a CSV file only you can read."));
    m_saver = new BatchResultsSaver(this);
    for (QWidget *w : {static_cast<QWidget *>(m_check), static_cast<QWidget *>(m_cancel),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_counts)})
        layout->addWidget(w);
    layout->addStretch(1);
    for (QWidget *w :
         {static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_previewButton), static_cast<QWidget *>(m_pause),
          static_cast<QWidget *>(m_sendButton), static_cast<QWidget *>(m_saveButton)})
        layout->addWidget(w);
    connect(m_check, &QPushButton::clicked, this, &BatchView::check);
    connect(m_cancel, &QPushButton::clicked, this, &BatchView::cancel);
    connect(m_previewButton, &QPushButton::clicked, this, &BatchView::previewBatch);
    connect(m_sendButton, &QPushButton::clicked, this, &BatchView::sendBatch);
    connect(m_saveButton, &QPushButton::clicked, this, &BatchView::askWhereToSave);
    connect(m_saver, &BatchResultsSaver::saved, this, [this](const QString &out, const QString &error) {
        Q_EMIT message(error.isEmpty() ? tr("Results saved: %1").arg(out) : tr("Results not saved: %1").arg(error),
                       10000);
        updateActions();
    });
    return bar;
}

bool BatchView::open(const QString &path)
{
    m_checker->cancel();
    leavePast();
    QFile file(path);
    m_path = path;
    m_checked = false;
    m_summary = {};
    m_rows->reset({});
    m_problems->clear();
    Q_EMIT titleChanged(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileError = tr("Cannot read %1: %2").arg(path, file.errorString());
        m_mapping->setHeader({}, Contract::FieldCatalogue::builtIn(), {});
        showFile();
        updateActions();
        return false;
    }
    CsvReader::Options csv;
    csv.delimiter = m_chosenDelimiter;
    BatchScan probe(&file, csv);
    if (!probe.readHeader()) {
        m_fileError = probe.error().message;
        m_mapping->setHeader({}, Contract::FieldCatalogue::builtIn(), {});
        showFile();
        updateActions();
        return false;
    }
    m_fileError.clear();
    m_delimiter = probe.delimiter();
    m_byteOrderMark = probe.hadByteOrderMark();
    MappingChoices saved;
    if (!m_mappingFolder.isEmpty()) {
        QString why;
        saved = MappingStore(m_mappingFolder).load(probe.mapping().headerSetKey(), &why).value_or(MappingChoices());
        if (!why.isEmpty())
            Q_EMIT message(why, 8000);
    }
    m_mapping->setHeader(probe.mapping().header(), probe.catalogue(), saved);
    showFile();
    check();
    return true;
}

void BatchView::delimiterChosen(int choice)
{
    m_chosenDelimiter = char(m_delimiterCombo->itemData(choice).toInt());
    if (!m_path.isEmpty())
        open(m_path);
}

bool BatchView::isChecking() const
{
    return m_checker->isRunning();
}

void BatchView::check()
{
    if (m_path.isEmpty() || !m_fileError.isEmpty())
        return;
    if (!m_mapping->mappingError().isEmpty()) {
        m_counts->setText(tr("Choose a mapping that can be used, then check."));
        return;
    }
    QStringList names;
    const ColumnMapping &mapping = m_mapping->mapping();
    for (qsizetype i = 0; i < mapping.size(); ++i)
        names.append(mapping.columnName(i));
    m_rows->reset(names, mapping.matchColumn());
    m_problems->clear();
    m_summary = {};
    m_checked = false;
    CsvReader::Options csv;
    csv.delimiter = m_delimiter;
    QString error;
    if (!m_checker->start(m_path, csv, mapping, Contract::FieldCatalogue::builtIn(), m_mappingPanel->emptyClears(),
                          &error)) {
        m_counts->setText(Contract::visibleText(error));
        updateActions();
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_counts->setText(tr("Checking…"));
    updateActions();
}

void BatchView::cancel()
{
    if (m_checker->isRunning())
        m_checker->cancel();
    else if (m_runner && m_runnerBusy)
        m_runner->cancel();
}

bool BatchView::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(path, file.errorString()), 8000);
        return false;
    }
    QString why;
    const std::optional<MappingChoices> choices = MappingChoices::fromJson(file.readAll(), &why);
    if (!choices) {
        Q_EMIT message(tr("%1 is not a mapping: %2").arg(QFileInfo(path).fileName(), why), 8000);
        return false;
    }
    m_mapping->mergeChoices(*choices);
    return true;
}

// A mapping that can be used is kept for this header set at once, as the command line keeps it:
// the next file with these columns opens mapped the same way.
void BatchView::mappingChanged()
{
    m_checked = false;
    if (m_mapping->mappingError().isEmpty())
        saveMapping();
    showCounts();
    updateActions();
}

void BatchView::saveMapping()
{
    const MappingChoices &choices = m_mapping->choices();
    if (m_mappingFolder.isEmpty() || choices.isEmpty())
        return;
    const MappingStore store(m_mappingFolder);
    const QString key = m_mapping->mapping().headerSetKey();
    QString why;
    if (store.load(key, &why) == choices)
        return;
    if (!store.save(key, choices, m_mapping->header(), &why))
        Q_EMIT message(why, 8000);
}

void BatchView::rowsChecked(CheckedBatch &batch)
{
    QList<BatchProblemModel::Entry> entries;
    for (const CheckedRow &row : batch.rows)
        for (const RowProblem &p : row.problems)
            entries.append({row.number, p});
    m_rows->append(std::move(batch.rows), std::move(batch.cells));
    m_problems->append(std::move(entries));
    for (const RowProblem &p : batch.earlier) {
        m_rows->addEarlierProblem(p);
        const int row = m_rows->rowForLine(p.line);
        m_problems->insertInOrder({row < 0 ? 0 : m_rows->checkedRow(row).number, p});
    }
    if (batch.totalBytes > 0)
        m_progress->setValue(int(batch.bytesRead * 1000 / batch.totalBytes));
    m_counts->setText(tr("Checking… %1 rows").arg(QLocale().toString(m_rows->rowCount())));
}

void BatchView::checkDone(const BatchChecker::Result &result)
{
    m_progress->hide();
    m_summary = result.summary;
    m_delimiter = result.delimiter ? result.delimiter : m_delimiter;
    if (result.error.code == CsvError::Code::Cancelled) {
        m_counts->setText(tr("Check stopped after %1 rows.").arg(QLocale().toString(m_rows->rowCount())));
    } else if (result.error.isError()) {
        m_counts->setText(Contract::visibleText(result.error.message));
    } else {
        m_checked = true;
        showCounts();
    }
    showFile();
    updateActions();
    Q_EMIT checkFinished();
}

void BatchView::showFile()
{
    if (m_path.isEmpty()) {
        m_fileLabel->setText(tr("No file open: File › Open batch…"));
        return;
    }
    const QString name = QFileInfo(m_path).fileName();
    if (!m_fileError.isEmpty()) {
        m_fileLabel->setText(tr("%1: %2").arg(name, Contract::visibleText(m_fileError)));
        return;
    }
    const QString rows
        = m_checked ? tr("%1 rows").arg(QLocale().toString(m_summary.rows)) : tr("rows counted by the check");
    const QString encoding = m_byteOrderMark ? tr("UTF-8 with byte-order mark") : tr("UTF-8");
    m_fileLabel->setText(tr("%1 · %2 · delimiter: %3 · %4")
                             .arg(Contract::visibleText(name), rows, CsvReader::delimiterName(m_delimiter), encoding));
}

void BatchView::showCounts()
{
    if (!m_checked) {
        if (!m_checker->isRunning() && !m_path.isEmpty() && m_fileError.isEmpty())
            m_counts->setText(m_mapping->mappingError().isEmpty() ? tr("The mapping changed: check again.")
                                                                  : tr("Choose a mapping that can be used."));
        return;
    }
    const QLocale locale;
    m_counts->setText(tr("Valid: %1 · Invalid: %2 · Repeated: %3")
                          .arg(locale.toString(m_summary.valid), locale.toString(m_summary.invalid),
                               locale.toString(m_summary.repeated)));
}

void BatchView::updateActions()
{
    const bool checking = m_checker->isRunning();
    const bool usable = !m_path.isEmpty() && m_fileError.isEmpty() && m_mapping->mappingError().isEmpty();
    m_check->setEnabled(usable && !checking && !m_runnerBusy);
    m_cancel->setEnabled(checking || m_runnerBusy);
    m_delimiterCombo->setEnabled(!checking && !m_runnerBusy);
    const bool ready = usable && m_checked && !checking && !m_runnerBusy;
    m_previewButton->setEnabled(m_runner && m_runner->canPreview() && ready);
    m_sendButton->setEnabled(m_runner && m_runner->canSend() && ready && m_summary.valid + m_summary.repeated > 0);
    m_saveButton->setEnabled(!m_path.isEmpty() && m_results->hasOutcomes() && !m_runnerBusy && !m_saver->isSaving());
    if (!m_runner || !m_runner->canPreview())
        m_previewButton->setToolTip(tr("Coming with the batch preview: how many contacts the file would create "
                                       "and update, asked of the server without writing anything."));
    else
        m_previewButton->setToolTip(tr("Ask the server what the checked rows would do; nothing is written."));
    if (!m_runner || !m_runner->canSend())
        m_sendButton->setToolTip(tr("Coming with batch sending: the checked rows sent at the server's pace, each "
                                    "one an entry in the history."));
    else
        m_sendButton->setToolTip(tr("Send the checked rows to the profile's server."));
}

void BatchView::showProblem(int problemRow)
{
    if (problemRow < 0 || problemRow >= m_problems->rowCount())
        return;
    const RowProblem &problem = m_problems->entry(problemRow).problem;
    const int row = m_rows->rowForLine(problem.line);
    if (row < 0)
        return;
    const QModelIndex cell = m_rows->index(row, m_rows->columnFor(problem.column));
    m_pages->setCurrentIndex(0);
    m_rowsTable->setCurrentIndex(cell);
    m_rowsTable->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    m_rowsTable->setFocus(Qt::OtherFocusReason);
}

} // namespace AssertDesk::Ui
