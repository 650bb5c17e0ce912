#include "batchresultssaver.h"

#include "batchproblemmodel.h"
#include "batchresultsfile.h"
#include "batchresultsmodel.h"
#include "batchrow.h"
#include "futures.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace AssertDesk::Ui {

namespace {

QString outcomeName(BatchRowOutcome::Outcome outcome)
{
    switch (outcome) {
    case BatchRowOutcome::Outcome::Succeeded: return QStringLiteral("succeeded");
    case BatchRowOutcome::Outcome::Rejected: return QStringLiteral("rejected");
    case BatchRowOutcome::Outcome::Unknown: return QStringLiteral("unknown");
    // As the command line's results file names them.
    case BatchRowOutcome::Outcome::Landed: return QStringLiteral("landed (checked)");
    case BatchRowOutcome::Outcome::Interrupted: return QStringLiteral("interrupted");
    case BatchRowOutcome::Outcome::None:
    case BatchRowOutcome::Outcome::NotSent: break;
    }
    return QStringLiteral("not sent");
}

QHash<qint64, QString> firstErrors(const BatchProblemModel *problems)
{
    QHash<qint64, QString> first;
    for (int i = 0; i < problems->rowCount(); ++i) {
        const BatchProblemModel::Entry &e = problems->entry(i);
        if (e.problem.isError() && !first.contains(e.number))
            first.insert(e.number,
                         e.problem.column.isEmpty() ? e.problem.message
                                                    : e.problem.column + QLatin1String(": ") + e.problem.message);
    }
    return first;
}

} // namespace

std::vector<QStringList> BatchResultsSaver::cells(const BatchResultsModel *results, const BatchProblemModel *problems)
{
    const QHash<qint64, QString> errors = firstErrors(problems);
    std::vector<QStringList> all;
    all.reserve(size_t(results->rowCount()));
    for (int row = 0; row < results->rowCount(); ++row) {
        const QModelIndex at = results->index(row, 0);
        const qint64 number = at.data().toLongLong();
        const auto status = Batch::BatchRow::Status(at.data(BatchResultsModel::StatusRole).toInt());
        const BatchRowOutcome o = results->outcome(number);
        if (o.outcome == BatchRowOutcome::Outcome::None && status != Batch::BatchRow::Status::Valid) {
            const QString name
                = status == Batch::BatchRow::Status::Invalid ? QStringLiteral("invalid") : QStringLiteral("repeated");
            all.push_back({name, {}, {}, {}, {}, errors.value(number), {}});
            continue;
        }
        all.push_back({outcomeName(o.outcome), o.httpStatus ? QString::number(o.httpStatus) : QString(), o.action,
                       o.contactId, o.errorCode, o.message, o.historyId ? QString::number(o.historyId) : QString()});
    }
    return all;
}

void BatchResultsSaver::save(const QString &out, const QString &source, char delimiter, std::vector<QStringList> cells)
{
    if (m_saving)
        return;
    m_saving = true;
    auto rows = std::make_shared<const std::vector<QStringList>>(std::move(cells));
    History::whenReady(QtConcurrent::run([out, source, delimiter, rows] {
                           QString error;
                           const auto of = [&rows](qint64 row) {
                               return row >= 1 && row <= qint64(rows->size()) ? rows->at(size_t(row - 1))
                                                                              : QStringList();
                           };
                           Session::BatchResultsFile::write(out, source, delimiter, of, &error);
                           return error;
                       }),
                       this, [this, out](const QString &error) {
                           m_saving = false;
                           Q_EMIT saved(out, error);
                       });
}

} // namespace AssertDesk::Ui
