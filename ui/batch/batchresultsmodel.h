#pragma once

#include "batchrow.h"
#include "batchrowoutcome.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace AssertDesk::Ui {

class BatchRowsModel;

// One line per row of the file: its match key, how it checked, and what became of it once sent
// (the preview's prediction; outcome, HTTP status, action, contact id, error code, message, history entry). Reads the
// rows from the rows model as they arrive and keeps only the outcomes; until a runner reports, the outcome columns are
// empty: nothing is shown that did not happen.
class BatchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsModel)

public:
    enum Column {
        RowColumn,
        LineColumn,
        MatchColumn,
        CheckColumn,
        PredictionColumn,
        OutcomeColumn,
        HttpColumn,
        ActionColumn,
        ContactColumn,
        ErrorColumn,
        MessageColumn,
        HistoryColumn,
        ColumnCount
    };
    // What the outcome filter reads: the check status (BatchRow::Status) and the outcome.
    enum Role { StatusRole = Qt::UserRole, OutcomeRole };

    explicit BatchResultsModel(const BatchRowsModel *rows, QObject *parent = nullptr);

    void setOutcome(const BatchRowOutcome &outcome);
    // A past batch from the history, shown without its file's rows: `total` rows, how each
    // checked when the file was read again (by number - 1; empty when it was not), and the
    // outcomes the history holds. Until the rows model is reset (a file opened).
    void showPast(qint64 total, std::vector<Batch::BatchRow::Status> status, const QList<BatchRowOutcome> &outcomes);
    bool isPast() const { return m_past; }
    void clearOutcomes();
    // What became of the row numbered `number` (outcome None while nothing did).
    BatchRowOutcome outcome(qint64 number) const { return m_outcomes.value(number); }
    bool hasOutcomes() const { return !m_outcomes.isEmpty(); }
    // What a preview predicted for the row numbered `number`: kind is create, update, unchanged,
    // ambiguous or unavailable; detail is shown beside it and in full in the tooltip.
    void setPrediction(qint64 number, const QString &kind, const QString &detail);
    void clearPredictions();
    static QString predictionText(const QString &kind);
    static QString outcomeText(BatchRowOutcome::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant outcomeData(const BatchRowOutcome &outcome, int column) const;

    QVariant pastData(const QModelIndex &index, int role) const;

    const BatchRowsModel *m_rows;
    bool m_past = false;
    std::vector<Batch::BatchRow::Status> m_pastStatus;
    int m_count = 0;
    QHash<qint64, BatchRowOutcome> m_outcomes; // by row number
    QHash<qint64, QString> m_predictions;      // by row number: what a person reads
};

} // namespace AssertDesk::Ui
