#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

namespace AssertDesk::Ui {

class BatchProblemModel;
class BatchResultsModel;

// "Save results…": the batch's results file as the command line writes it (Session::
// BatchResultsFile), from what the results table shows. The cells are taken on the UI thread
// (a few strings a row) and the file, read again and written, on a worker thread.
class BatchResultsSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsSaver)

public:
    using QObject::QObject;

    // The seven result cells of every row, by row number - 1: the outcome as the command line
    // names it (succeeded, rejected, unknown, not sent, invalid, repeated), and for a row that
    // was never sent because it did not check, its first error as the message.
    static std::vector<QStringList> cells(const BatchResultsModel *results, const BatchProblemModel *problems);

    bool isSaving() const { return m_saving; }
    // Answers with saved(); one file at a time.
    void save(const QString &out, const QString &source, char delimiter, std::vector<QStringList> cells);

Q_SIGNALS:
    // `error` is empty when the file was written.
    void saved(const QString &out, const QString &error);

private:
    bool m_saving = false;
};

} // namespace AssertDesk::Ui
