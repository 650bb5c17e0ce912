#pragma once

#include "batchsummary.h"
#include "checkedbatch.h"
#include "columnmapping.h"
#include "csverror.h"
#include "csvreader.h"
#include "fieldcatalogue.h"

#include <QObject>

#include <memory>
#include <thread>

namespace AssertDesk::Ui {

// Runs a BatchScan over a file on a thread of its own and hands the rows to the window in batches
// (checked()), in file order, with the cells of each row for the rows table. One check at a
// time: a new start() or cancel() ends the one running, and nothing of it arrives afterwards.
class BatchChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchChecker)

public:
    struct Result
    {
        Batch::BatchSummary summary;
        Batch::CsvError error; // Cancelled when cancel() stopped it
        char delimiter = 0;
        bool byteOrderMark = false;
    };

    explicit BatchChecker(QObject *parent = nullptr);
    ~BatchChecker() override; // stops the check and waits for its thread

    // Reads the header again (the file may have changed since it was opened: then false, with
    // why) and starts the check with `mapping`, made for that header.
    bool start(const QString &path, const Batch::CsvReader::Options &csv, const Batch::ColumnMapping &mapping,
               const Contract::FieldCatalogue &catalogue, bool emptyClears, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The receiver may take the rows out of `batch` (it is not used afterwards).
    void checked(AssertDesk::Ui::CheckedBatch &batch);
    void finished(const AssertDesk::Ui::BatchChecker::Result &result);

private:
    struct Job;
    static void run(const std::shared_ptr<Job> &job, BatchChecker *receiver, quint64 generation);
    void stop();
    void deliver(quint64 generation, CheckedBatch &batch);
    void finish(quint64 generation, const Result &result);

    std::shared_ptr<Job> m_job;
    std::thread m_thread;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace AssertDesk::Ui
