#include "batchresultsfilter.h"

#include "batchresultsmodel.h"
#include "batchrow.h"

namespace AssertDesk::Ui {

using Batch::BatchRow;
using Outcome = BatchRowOutcome::Outcome;

BatchResultsFilter::BatchResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void BatchResultsFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

QStringList BatchResultsFilter::names()
{
    return {tr("All rows"),  tr("Valid"),    tr("Invalid"),         tr("Repeated"),
            tr("Succeeded"), tr("Rejected"), tr("Outcome unknown"), tr("Not sent")};
}

bool BatchResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = BatchRow::Status(index.data(BatchResultsModel::StatusRole).toInt());
    const auto outcome = Outcome(index.data(BatchResultsModel::OutcomeRole).toInt());
    switch (m_show) {
    case Show::All: return true;
    case Show::Valid: return status == BatchRow::Status::Valid;
    case Show::Invalid: return status == BatchRow::Status::Invalid;
    case Show::Repeated: return status == BatchRow::Status::Repeated;
    case Show::Succeeded: return outcome == Outcome::Succeeded || outcome == Outcome::Landed;
    case Show::Rejected: return outcome == Outcome::Rejected;
    case Show::Unknown: return outcome == Outcome::Unknown || outcome == Outcome::Interrupted;
    case Show::NotSent: return outcome == Outcome::None || outcome == Outcome::NotSent;
    }
    return true;
}

} // namespace AssertDesk::Ui
