#pragma once

#include <QSortFilterProxyModel>

namespace AssertDesk::Ui {

// The results table's filter: every row, the rows that checked valid, invalid or repeated, or
// the rows with one outcome once sent ("not sent" is every row no runner has reported on).
class BatchResultsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsFilter)

public:
    enum class Show { All, Valid, Invalid, Repeated, Succeeded, Rejected, Unknown, NotSent };

    explicit BatchResultsFilter(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    // The filter's choices as a person reads them, in Show's order.
    static QStringList names();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace AssertDesk::Ui
