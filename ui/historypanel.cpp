#include "historypanel.h"
#include "futures.h"
#include "notelabel.h"
#include "visibletext.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::History;

HistoryPanel::HistoryPanel(HistoryService *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new HistoryModel(history, this))
    , m_search(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildNotice(layout);
    buildFilters(layout);
    buildView(layout);
    connectFilters();
    connectViewActions();
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export history"), suggested,
                                            tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    };
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
    m_search->setPlaceholderText(tr("Search emails, names, contact ids, error codes"));
    m_search->setAccessibleName(tr("Search the history"));
    m_outcome->setObjectName(QStringLiteral("historyOutcome"));
    m_outcome->setAccessibleName(tr("Show outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *o : {"succeeded", "rejected", "unknown", "not sent", "cancelled", "interrupted"})
        m_outcome->addItem(QString::fromLatin1(o), QString::fromLatin1(o));
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
    // The filters may shrink with the panel rather than push the request aside.
    for (QComboBox *combo : {m_outcome, m_action, m_since}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outcome);
    filters->addWidget(m_action);
    filters->addWidget(m_since);
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);
}

void HistoryPanel::connectFilters()
{
    // Typing waits for a pause; a filter chosen from a list applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_since, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
}

void HistoryPanel::connectViewActions()
{
    auto *open = new QAction(tr("Open"), m_view);
    auto *resend = new QAction(tr("Edit and re-send"), m_view);
    auto *timeline = new QAction(tr("Show this contact's timeline"), m_view);
    auto *exportAction = new QAction(tr("Export selection…"), m_view);
    m_view->addActions({open, resend, timeline, exportAction});
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
    connect(timeline, &QAction::triggered, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (!i.isValid())
            return;
        const QString contact = m_model->index(i.row(), HistoryModel::Contact).data().toString();
        showTimeline(contact.isEmpty() ? m_model->index(i.row(), HistoryModel::Match).data().toString() : contact);
    });
    connect(exportAction, &QAction::triggered, this, &HistoryPanel::exportSelection);
}

void HistoryPanel::reload()
{
    m_model->reload();
    m_model->fetchMore({});
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
    f.action = m_action->currentData().toString();
    if (const int days = m_since->currentData().toInt(); days > 0)
        f.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)); // local midnight
    m_model->setFilter(f);
    m_model->fetchMore({});
}

void HistoryPanel::showTimeline(const QString &emailOrId)
{
    // The search index covers emails and contact ids, so a timeline is a search, oldest at the bottom.
    m_outcome->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_since->setCurrentIndex(0);
    m_search->setText(emailOrId);
    applyFilter();
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
    const QString path = m_chooseFile(QStringLiteral("assertdesk-history.jsonl"));
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? HistoryExport::Format::Csv
                                                                                  : HistoryExport::Format::JsonLines;
    // No selection: everything the current filter shows.
    History::whenReady(
        m_history->exportTo(ids, m_model->filter(), format, path), this,
        [this, path](const HistoryService::ExportResult &r) {
            if (r.written < 0)
                Q_EMIT message(tr("Export failed: %1").arg(r.error));
            else if (r.unreadable.any())
                Q_EMIT message(
                    tr("Exported %1 assert(s) to %2, but not all: %3").arg(r.written).arg(path, r.unreadable.reason));
            else
                Q_EMIT message(tr("Exported %1 assert(s) to %2.").arg(r.written).arg(path));
            Q_EMIT exported(int(r.written), path);
        });
}

} // namespace AssertDesk::Ui
