#include "batchresultsmodel.h"

#include "batchrowsmodel.h"
#include "visibletext.h"

#include <limits>

namespace AssertDesk::Ui {

BatchResultsModel::BatchResultsModel(const BatchRowsModel *rows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(rows)
{
    connect(rows, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(rows, &QAbstractItemModel::modelReset, this, [this] {
        m_count = m_rows->rowCount();
        m_past = false;
        m_pastStatus.clear();
        m_outcomes.clear();
        m_predictions.clear();
        endResetModel();
    });
    connect(rows, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (m_past)
            return;
        beginInsertRows({}, first, last);
        m_count = m_rows->rowCount();
        endInsertRows();
    });
    connect(rows, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_past)
            return;
        Q_EMIT dataChanged(index(from.row(), 0), index(to.row(), ColumnCount - 1));
    });
}

void BatchResultsModel::setOutcome(const BatchRowOutcome &outcome)
{
    const int row = int(outcome.number - 1);
    if (row < 0 || row >= m_count)
        return;
    m_outcomes.insert(outcome.number, outcome);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BatchResultsModel::showPast(qint64 total, std::vector<Batch::BatchRow::Status> status,
                                 const QList<BatchRowOutcome> &outcomes)
{
    beginResetModel();
    m_past = true;
    m_count = int(qBound(qint64(0), total, qint64(std::numeric_limits<int>::max())));
    m_pastStatus = std::move(status);
    m_outcomes.clear();
    m_predictions.clear();
    for (const BatchRowOutcome &o : outcomes)
        if (o.number >= 1 && o.number <= m_count)
            m_outcomes.insert(o.number, o);
    endResetModel();
}

void BatchResultsModel::clearOutcomes()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

void BatchResultsModel::setPrediction(qint64 number, const QString &kind, const QString &detail)
{
    const int row = int(number - 1);
    if (row < 0 || row >= m_count)
        return;
    const QString text = predictionText(kind);
    m_predictions.insert(number, detail.isEmpty() ? text : text + QLatin1String(": ") + detail);
    Q_EMIT dataChanged(index(row, PredictionColumn), index(row, PredictionColumn));
}

void BatchResultsModel::clearPredictions()
{
    beginResetModel();
    m_predictions.clear();
    endResetModel();
}

QString BatchResultsModel::predictionText(const QString &kind)
{
    if (kind == QLatin1String("create"))
        return tr("will create");
    if (kind == QLatin1String("update"))
        return tr("will update");
    if (kind == QLatin1String("unchanged"))
        return tr("unchanged");
    if (kind == QLatin1String("ambiguous"))
        return tr("ambiguous");
    return tr("unavailable");
}

QString BatchResultsModel::outcomeText(BatchRowOutcome::Outcome outcome)
{
    switch (outcome) {
    case BatchRowOutcome::Outcome::None: return QString();
    case BatchRowOutcome::Outcome::Succeeded: return tr("succeeded");
    case BatchRowOutcome::Outcome::Rejected: return tr("rejected");
    case BatchRowOutcome::Outcome::Unknown: return tr("outcome unknown");
    case BatchRowOutcome::Outcome::NotSent: return tr("not sent");
    case BatchRowOutcome::Outcome::Landed: return tr("landed (read back)");
    case BatchRowOutcome::Outcome::Interrupted: return tr("interrupted");
    }
    return QString();
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultsModel::outcomeData(const BatchRowOutcome &o, int column) const
{
    switch (column) {
    case OutcomeColumn: return outcomeText(o.outcome);
    case HttpColumn: return o.httpStatus ? QVariant(o.httpStatus) : QVariant();
    case ActionColumn: return o.action;
    case ContactColumn: return o.contactId;
    case ErrorColumn: return o.errorCode;
    case MessageColumn: return Contract::visibleText(o.message);
    case HistoryColumn: return o.historyId ? QVariant(o.historyId) : QVariant();
    default: return {};
    }
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    if (m_past)
        return pastData(index, role);
    const CheckedRow &row = m_rows->checkedRow(index.row());
    const BatchRowOutcome outcome = m_outcomes.value(row.number);
    if (role == StatusRole)
        return int(row.status);
    if (role == OutcomeRole)
        return int(outcome.outcome);
    if (index.column() == PredictionColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return Contract::visibleText(m_predictions.value(row.number));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return row.number;
    case LineColumn: return row.line;
    case MatchColumn: return Contract::visibleText(m_rows->matchValue(index.row()));
    case CheckColumn: return BatchRowsModel::statusText(row.status);
    default: return outcomeData(outcome, index.column());
    }
}

// A past row: its number and line, and what the history says of it; the match key stays empty
// (the file's rows are not read to review a batch).
QVariant BatchResultsModel::pastData(const QModelIndex &index, int role) const
{
    const qint64 number = index.row() + 1;
    const BatchRowOutcome outcome = m_outcomes.value(number);
    const bool known = size_t(index.row()) < m_pastStatus.size();
    if (role == StatusRole)
        return known ? int(m_pastStatus[size_t(index.row())]) : -1;
    if (role == OutcomeRole)
        return int(outcome.outcome);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return Contract::visibleText(outcome.message);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return number;
    case LineColumn: return outcome.line ? QVariant(outcome.line) : QVariant();
    case MatchColumn:
    case PredictionColumn: return {};
    case CheckColumn: return known ? BatchRowsModel::statusText(m_pastStatus[size_t(index.row())]) : QString();
    default:
        // Never tried and valid: not sent. Without the file, a row with no attempt may have been
        // invalid: nothing is said of it.
        if (outcome.outcome == BatchRowOutcome::Outcome::None && known
            && m_pastStatus[size_t(index.row())] == Batch::BatchRow::Status::Valid && index.column() == OutcomeColumn)
            return outcomeText(BatchRowOutcome::Outcome::NotSent);
        return outcomeData(outcome, index.column());
    }
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case LineColumn: return tr("Line");
    case MatchColumn: return tr("Match key");
    case CheckColumn: return tr("Check");
    case PredictionColumn: return tr("Preview");
    case OutcomeColumn: return tr("Outcome");
    case HttpColumn: return tr("HTTP");
    case ActionColumn: return tr("Action");
    case ContactColumn: return tr("Contact ID");
    case ErrorColumn: return tr("Error code");
    case MessageColumn: return tr("Message");
    case HistoryColumn: return tr("History entry");
    default: return {};
    }
}

} // namespace AssertDesk::Ui
