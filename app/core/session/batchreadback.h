#pragma once

#include "apicall.h"
#include "readbackverdict.h"

#include <QObject>
#include <QPointer>

namespace AssertDesk::Net {
class ApiClient;
}

namespace AssertDesk::Session {

class BatchSource;
class PreviewRead;

// Reads back the rows of a batch whose outcome is not known (an answer lost, a crash while they
// were in flight) before anything is sent again: each row's match key is looked up with the
// preview's reads (never a write), a few at a time, and the contact compared with what the row
// writes. Rows are pulled from `source` (the batch's file, filtered to those rows) as reads are
// free, so a long file is never held. What the rows were found to be is the caller's to keep.
class BatchReadBack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchReadBack)

public:
    static constexpr int kReadsAtOnce = 4;

    // `client` and `source` outlive it.
    BatchReadBack(Net::ApiClient *client, Net::ApiCall::Options options, BatchSource *source,
                  QObject *parent = nullptr);
    ~BatchReadBack() override;

    void start();
    // Reads under way end; finished() follows.
    void cancel();
    QString sourceError() const { return m_sourceError; }

Q_SIGNALS:
    void rowRead(qint64 row, const AssertDesk::Session::ReadBackVerdict &verdict);
    void finished();

private:
    void launch();

    Net::ApiClient *m_client;
    Net::ApiCall::Options m_options;
    BatchSource *m_source;
    QList<QPointer<PreviewRead>> m_reads;
    bool m_exhausted = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_sourceError;
};

} // namespace AssertDesk::Session
