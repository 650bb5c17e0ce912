#include "historypanel.h"
#include "contacttimelinedialog.h"
#include "futures.h"
#include "historycolumns.h"
#include "historyview.h"
#include "notelabel.h"
#include "visibletext.h"
#include "wrappinglabel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::History;

HistoryPanel::HistoryPanel(HistoryService *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new HistoryModel(history, this))
    , m_search(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new HistoryView(this))
    , m_empty(new WrappingLabel(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
    , m_notice(new WrappingLabel(this))
    , m_debounce(new QTimer(this))
    , m_exportAction(new QAction(this))
    , m_timelineAction(new QAction(tr("Show this contact's &timeline"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildNotice(layout);
    buildFilters(layout);
    buildView(layout);
    connectFilters();
    connectViewActions();
    m_chooseFile = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested, tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    };
    updateExportText();
    reload();
}

void HistoryPanel::buildNotice(QVBoxLayout *layout)
{
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setTextFormat(Qt::PlainText); // it may quote an answer: never rich text
    m_notice->setWordWrap(true);
    paintNote(m_notice, QColor(0xfe, 0xf7, 0xe0), QColor(0x3c, 0x2f, 0x00), false, 6);
    m_notice->hide();
    layout->addWidget(m_notice);
}

void HistoryPanel::buildFilters(QVBoxLayout *layout)
{
    m_search->setObjectName(QStringLiteral("historySearch"));
    setFocusProxy(m_search); // the pane's heading mnemonic lands in the search
    // Short enough for the narrow pane of a small screen in German too; the whole of it in the tooltip.
    m_search->setPlaceholderText(tr("Search emails, names, ids, errors"));
    m_search->setToolTip(tr("Search emails, names, contact ids and error codes"));
    m_search->setAccessibleName(tr("Search the history"));
    m_outcome->setObjectName(QStringLiteral("historyOutcome"));
    m_outcome->setAccessibleName(tr("Show outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *o : {"succeeded", "rejected", "unknown", "not sent", "cancelled", "interrupted"})
        m_outcome->addItem(QString::fromLatin1(o), QString::fromLatin1(o));
    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_profile->setAccessibleName(tr("Show profile"));
    m_profile->addItem(tr("Any profile"), QString());
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setAccessibleName(tr("Show action"));
    m_action->addItem(tr("Any action"), QString());
    m_action->addItem(tr("created"), QStringLiteral("created"));
    m_action->addItem(tr("updated"), QStringLiteral("updated"));
    m_since->setObjectName(QStringLiteral("historySince"));
    m_since->setAccessibleName(tr("Show since"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Today"), 1);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    layout->addWidget(m_search);
    // Each filter as wide as its longest choice, never cut ("Any outcom"); two to a row, so the
    // four fit the narrow pane of a small screen. The choices of three are fixed, so Qt's default
    // (sized to the choices when first shown) is that width; setting AdjustToContents on them
    // built each box's popup list before the first paint, for a width that never changes.
    auto *filters = new QGridLayout;
    int at = 0;
    for (QComboBox *combo : {m_outcome, m_profile, m_action, m_since}) {
        filters->addWidget(combo, at / 2, at % 2);
        ++at;
    }
    // Profile names are the user's and may be long: the closed box is as wide as "Any profile"
    // and may cut a longer name (whole in the list and the tooltip), rather than widen the pane.
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(int(m_profile->itemText(0).size()) + 1);
    connect(m_profile, &QComboBox::currentIndexChanged, m_profile,
            [this] { m_profile->setToolTip(m_profile->currentText()); });
    layout->addLayout(filters);
}

void HistoryPanel::buildView(QVBoxLayout *layout)
{
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Past asserts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setTextElideMode(Qt::ElideMiddle); // an address cut keeps its domain
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_columns = new HistoryColumns(m_view);
    m_stack->setObjectName(QStringLiteral("historyStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(buildEmptyNote());
    layout->addWidget(m_stack, 1);
}

QWidget *HistoryPanel::buildEmptyNote()
{
    auto *note = new QWidget(m_stack);
    note->setObjectName(QStringLiteral("historyEmpty"));
    auto *layout = new QVBoxLayout(note);
    m_empty->setParent(note);
    m_empty->setObjectName(QStringLiteral("historyEmptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_clear->setParent(note);
    m_clear->setObjectName(QStringLiteral("historyClearFilters"));
    m_clear->setAccessibleName(tr("Clear the history filters"));
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearFilters);
    layout->addStretch(1);
    layout->addWidget(m_empty);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return note;
}

void HistoryPanel::connectFilters()
{
    // Typing waits for a pause; a filter chosen from a list applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_outcome, m_profile, m_action, m_since})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_model, &HistoryModel::pageLoaded, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &HistoryModel::pageLoaded, m_columns, &HistoryColumns::fit);
    connect(m_model, &HistoryModel::modelReset, this, &HistoryPanel::updateExportText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateExportText);
}

void HistoryPanel::connectViewActions()
{
    auto *open = new QAction(tr("Open"), m_view);
    auto *resend = new QAction(tr("Edit and re-send"), m_view);
    auto *revert = new QAction(tr("Revert this change"), m_view);
    revert->setObjectName(QStringLiteral("actionRevertEntry"));
    m_timelineAction->setObjectName(QStringLiteral("actionTimeline"));
    m_timelineAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addActions({open, resend, revert, m_timelineAction, m_exportAction, separator, m_columns->chooserAction()});
    connect(revert, &QAction::triggered, this, [this] {
        if (selectedId())
            Q_EMIT revertRequested(selectedId());
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT openRequested(m_model->idAt(i.row())); });
    connect(open, &QAction::triggered, this, [this] {
        if (selectedId())
            Q_EMIT openRequested(selectedId());
    });
    connect(resend, &QAction::triggered, this, [this] {
        if (selectedId())
            Q_EMIT resendRequested(selectedId());
    });
    connect(m_timelineAction, &QAction::triggered, this, &HistoryPanel::showTimeline);
    connect(m_exportAction, &QAction::triggered, this, &HistoryPanel::exportSelection);
}

void HistoryPanel::reload()
{
    m_model->reload();
    m_model->fetchMore({});
    refreshProfiles();
    countFiltered();
}

void HistoryPanel::setNotice(const QString &text)
{
    // What the history says may quote an answer (a contact id): written out, never obeyed.
    m_notice->setText(Contract::visibleText(text, true));
    m_notice->setVisible(!text.isEmpty());
}

void HistoryPanel::applyFilter()
{
    HistoryFilter f;
    f.text = m_search->text();
    f.outcome = m_outcome->currentData().toString();
    f.profile = m_profile->currentData().toString();
    f.action = m_action->currentData().toString();
    if (const int days = m_since->currentData().toInt(); days > 0)
        f.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)); // local midnight
    m_model->setFilter(f);
    m_model->fetchMore({});
    countFiltered();
}

bool HistoryPanel::filtersActive() const
{
    return !m_search->text().trimmed().isEmpty() || m_outcome->currentIndex() > 0 || m_profile->currentIndex() > 0
        || m_action->currentIndex() > 0 || m_since->currentIndex() > 0;
}

void HistoryPanel::clearFilters()
{
    for (QComboBox *combo : {m_outcome, m_profile, m_action, m_since}) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_debounce->stop();
    applyFilter();
}

void HistoryPanel::refreshProfiles()
{
    if (!m_history)
        return;
    whenReady(m_history->profiles(), this, [this](const QStringList &names) {
        // The filter offers the profiles the history has sends from (a removed one too).
        const QString chosen = m_profile->currentData().toString();
        const QSignalBlocker quiet(m_profile);
        while (m_profile->count() > 1)
            m_profile->removeItem(1);
        for (const QString &name : names)
            m_profile->addItem(Contract::visibleText(name), name);
        if (!chosen.isEmpty() && m_profile->findData(chosen) < 0)
            m_profile->addItem(Contract::visibleText(chosen), chosen);
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(chosen)));
    });
}

void HistoryPanel::countFiltered()
{
    const int generation = ++m_countGeneration;
    m_filtered = -1;
    updateExportText();
    if (!m_history || !filtersActive())
        return;
    whenReady(m_history->count(m_model->filter()), this, [this, generation](qint64 n) {
        if (generation != m_countGeneration)
            return;
        m_filtered = n;
        updateExportText();
    });
}

int HistoryPanel::selectedCount() const
{
    return int(m_view->selectionModel()->selectedRows().size());
}

void HistoryPanel::updateExportText()
{
    QString text;
    // One entry in English's own words; other counts in the language's plural form (tr with n).
    if (const int selected = selectedCount(); selected == 1)
        text = tr("&Export the selected entry…");
    else if (selected > 1)
        text = tr("&Export the %n selected entries…", nullptr, selected);
    else if (!filtersActive())
        text = tr("&Export all history…");
    else if (m_filtered == 1)
        text = tr("&Export the 1 filtered entry…");
    else if (m_filtered >= 0)
        text = tr("&Export the %n filtered entries…", nullptr, int(m_filtered));
    else
        text = tr("&Export the filtered entries…");
    m_exportAction->setText(text);
    m_exportAction->setEnabled(selectedCount() > 0 || m_filtered != 0);
    m_exportAction->setStatusTip(tr("Writes a file readable by you alone, as the history is."));
}

void HistoryPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (empty) {
        m_empty->setText(filtersActive() ? tr("No entries match these filters.")
                                         : tr("No asserts yet: every send is kept here."));
        m_clear->setVisible(filtersActive());
    }
    m_stack->setCurrentIndex(empty ? 1 : 0);
}

void HistoryPanel::showTimeline()
{
    const QModelIndex i = m_view->currentIndex();
    const HistoryRecord *r = i.isValid() ? m_model->recordAt(i.row()) : nullptr;
    if (!r || (r->contactId.isEmpty() && r->matchValue.isEmpty())) {
        Q_EMIT message(tr("Choose a history entry first: its contact's timeline opens."));
        return;
    }
    if (!m_timeline) {
        m_timeline = new ContactTimelineDialog(m_history, window());
        m_timeline->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_timeline, &ContactTimelineDialog::openRequested, this, &HistoryPanel::openRequested);
    }
    m_timeline->showContact(r->contactId, r->matchValue, r->id);
    m_timeline->show();
    m_timeline->raise();
    m_timeline->activateWindow();
    m_timeline->sends()->setFocus(Qt::ActiveWindowFocusReason);
}

ContactTimelineDialog *HistoryPanel::timeline() const
{
    return m_timeline.data();
}

qint64 HistoryPanel::selectedId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : 0;
}

void HistoryPanel::exportSelection()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    // The dialog's title says what is written, as the action did.
    const QString title = m_exportAction->text().remove(QLatin1Char('&'));
    const QString path = m_chooseFile(title, QStringLiteral("assertdesk-history.jsonl"));
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? HistoryExport::Format::Csv
                                                                                  : HistoryExport::Format::JsonLines;
    // No selection: everything the current filter shows (with no filter, all of the history).
    History::whenReady(
        m_history->exportTo(ids, m_model->filter(), format, path), this,
        [this, path](const HistoryService::ExportResult &r) {
            if (r.written < 0)
                Q_EMIT message(tr("Export failed: %1").arg(r.error));
            else if (r.unreadable.any())
                Q_EMIT message(
                    tr("Exported %n entries to %1 (readable by you alone), but not all: %2", nullptr, int(r.written))
                        .arg(path, r.unreadable.reason));
            else if (r.written == 1)
                Q_EMIT message(tr("Exported 1 entry to %1 (readable by you alone).").arg(path));
            else
                Q_EMIT message(
                    tr("Exported %n entries to %1 (readable by you alone).", nullptr, int(r.written)).arg(path));
            Q_EMIT exported(int(r.written), path);
        });
}

} // namespace AssertDesk::Ui
