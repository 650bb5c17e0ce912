#include "batchproblemmodel.h"

#include "visibletext.h"

#include <algorithm>

namespace AssertDesk::Ui {

BatchProblemModel::BatchProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchProblemModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void BatchProblemModel::append(QList<Entry> entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(std::move(entries));
    endInsertRows();
}

void BatchProblemModel::insertInOrder(const Entry &entry)
{
    const auto at = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry.problem.line,
                                     [](qint64 line, const Entry &e) { return line < e.problem.line; });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

int BatchProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BatchProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return Contract::visibleText(e.problem.message, true);
    if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == LineColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return e.number;
    case LineColumn: return e.problem.line;
    case ColumnColumn: return e.problem.column.isEmpty() ? tr("(the row)") : Contract::visibleText(e.problem.column);
    case SeverityColumn: return e.problem.isError() ? tr("error") : tr("warning");
    case CodeColumn: return e.problem.code;
    case MessageColumn: return Contract::visibleText(e.problem.message);
    default: return {};
    }
}

QVariant BatchProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace AssertDesk::Ui
