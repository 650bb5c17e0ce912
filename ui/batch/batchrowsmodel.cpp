#include "batchrowsmodel.h"

#include "visibletext.h"

#include <QColor>

#include <algorithm>

namespace AssertDesk::Ui {

using Batch::BatchRow;
using Batch::RowProblem;

BatchRowsModel::BatchRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchRowsModel::reset(const QStringList &columnNames, qsizetype matchColumn)
{
    beginResetModel();
    m_names = columnNames;
    m_matchColumn = matchColumn;
    m_rows.clear();
    m_blocks.clear();
    endResetModel();
}

void BatchRowsModel::append(QList<CheckedRow> rows, QByteArray cells)
{
    if (rows.isEmpty())
        return;
    const int block = int(m_blocks.size());
    m_blocks.append(std::move(cells));
    for (CheckedRow &r : rows)
        r.block = block;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
}

QString BatchRowsModel::cell(int row, qsizetype column) const
{
    const CheckedRow &r = m_rows.at(row);
    return r.cell(m_blocks.at(r.block), int(column));
}

QString BatchRowsModel::matchValue(int row) const
{
    return m_matchColumn < 0 ? QString() : cell(row, m_matchColumn).trimmed();
}

void BatchRowsModel::addEarlierProblem(const RowProblem &problem)
{
    const int row = rowForLine(problem.line);
    if (row < 0)
        return;
    CheckedRow &r = m_rows[row];
    r.problems.append(problem);
    if (r.status == BatchRow::Status::Valid)
        r.status = BatchRow::Status::Repeated;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int BatchRowsModel::rowForLine(qint64 line) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), line,
                                     [](const CheckedRow &r, qint64 l) { return r.line < l; });
    return it != m_rows.cend() && it->line == line ? int(it - m_rows.cbegin()) : -1;
}

int BatchRowsModel::columnFor(const QString &columnName) const
{
    const qsizetype i = columnName.isEmpty() ? -1 : m_names.indexOf(columnName);
    return i < 0 ? int(CheckColumn) : int(FirstCellColumn + i);
}

QString BatchRowsModel::statusText(BatchRow::Status status)
{
    switch (status) {
    case BatchRow::Status::Valid: return tr("valid");
    case BatchRow::Status::Invalid: return tr("invalid");
    case BatchRow::Status::Repeated: return tr("repeated");
    }
    return QString();
}

int BatchRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FirstCellColumn + m_names.size());
}

QVariant BatchRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole && index.column() >= FirstCellColumn)
        return Contract::visibleText(cell(index.row(), index.column() - FirstCellColumn));
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QList<const RowProblem *> BatchRowsModel::problemsAt(const CheckedRow &row, int column) const
{
    QList<const RowProblem *> found;
    for (const RowProblem &p : row.problems)
        if (columnFor(p.column) == column)
            found.append(&p);
    return found;
}

QVariant BatchRowsModel::cellData(const CheckedRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == LineColumn)
            return row.line;
        // The cells are read in data(); one line per row: a cell's line breaks are shown, not
        // followed.
        return column == CheckColumn ? statusText(row.status) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList messages;
        for (const RowProblem *p : problemsAt(row, column))
            messages.append(QStringLiteral("%1 (%2)").arg(p->message, p->code));
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole: {
        const QList<const RowProblem *> problems = problemsAt(row, column);
        if (problems.isEmpty())
            return {};
        const bool error = std::any_of(problems.cbegin(), problems.cend(), [](const auto *p) { return p->isError(); });
        return error ? QColor(255, 0, 0, 48) : QColor(255, 190, 0, 64);
    }
    case Qt::TextAlignmentRole: return column == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    if (section == CheckColumn)
        return tr("Check");
    return m_names.value(section - FirstCellColumn);
}

} // namespace AssertDesk::Ui
