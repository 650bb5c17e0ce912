#include "historycolumns.h"

#include "historymodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>

namespace AssertDesk::Ui {

using History::HistoryModel;

HistoryColumns::HistoryColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_menu(new QMenu(view))
    , m_chooser(new QAction(tr("Columns"), view))
{
    m_menu->setObjectName(QStringLiteral("historyColumnsMenu"));
    m_chooser->setObjectName(QStringLiteral("actionHistoryColumns"));
    m_chooser->setMenu(m_menu);
    QHeaderView *header = m_view->horizontalHeader();
    // Sized to what the rows hold (the time, an address) by fit(), never to a fixed width, and
    // still the user's to drag; the last column shown takes what is left, so the table fills the
    // pane as it grows. (ResizeToContents would not do: the header is not told of new rows.)
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, m_menu,
            [this, header](const QPoint &at) { m_menu->popup(header->mapToGlobal(at)); });
    connect(m_menu, &QMenu::aboutToShow, this, &HistoryColumns::fillMenu);
    m_hidden = QSettings().value(QLatin1String(kSettingsKey)).toStringList();
    apply();
    // A new filter resets the model, and the header forgets which sections it hid.
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &HistoryColumns::apply);
    fillMenu(); // so the menu has its entries before it is first shown (and for tests)
}

void HistoryColumns::fillMenu()
{
    m_menu->clear();
    QAbstractItemModel *model = m_view->model();
    for (int c = 0; c < HistoryModel::ColumnCount; ++c) {
        QAction *toggle = m_menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("historyColumn_") + HistoryModel::columnKey(c));
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(c));
        // The time of sending tells the rows apart: it cannot be hidden.
        toggle->setEnabled(c != HistoryModel::Sent);
        connect(toggle, &QAction::toggled, this, [this, c](bool on) { setShown(c, on); });
    }
}

void HistoryColumns::apply()
{
    for (int c = 0; c < HistoryModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != HistoryModel::Sent && m_hidden.contains(HistoryModel::columnKey(c)));
}

void HistoryColumns::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1 - header->hiddenSectionCount());
    for (int c = 0; c < HistoryModel::ColumnCount; ++c)
        if (!m_view->isColumnHidden(c) && c != last)
            m_view->resizeColumnToContents(c);
    capAddress();
}

void HistoryColumns::capAddress()
{
    // The time, the address and the outcome come first and must show without scrolling: in a
    // narrow pane the address gives way (cut in the middle, whole in its tooltip), never the time
    // nor the outcome beside it, whose header must not be cut either.
    const int column = HistoryModel::Match;
    if (m_view->isColumnHidden(column))
        return;
    const int outcome = m_view->isColumnHidden(HistoryModel::Outcome) ? 0 : wantedWidth(HistoryModel::Outcome);
    const int room = m_view->viewport()->width() - m_view->columnViewportPosition(column)
        - m_view->horizontalScrollBar()->value() - outcome;
    m_view->setColumnWidth(column,
                           qMax(qMin(wantedWidth(column), room), m_view->fontMetrics().averageCharWidth() * 12));
}

int HistoryColumns::wantedWidth(int column) const
{
    // The header's text (with room for the sort arrow) or the widest row, as resizeColumnToContents.
    return qMax(m_view->horizontalHeader()->sectionSizeHint(column),
                static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column));
}

bool HistoryColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        capAddress();
    return QObject::eventFilter(watched, event);
}

void HistoryColumns::setShown(int column, bool shown)
{
    const QString key = HistoryModel::columnKey(column);
    if (column == HistoryModel::Sent || key.isEmpty() || m_hidden.contains(key) == !shown)
        return;
    if (shown)
        m_hidden.removeAll(key);
    else
        m_hidden << key;
    apply();
    fit();
    QSettings().setValue(QLatin1String(kSettingsKey), m_hidden);
}

} // namespace AssertDesk::Ui
