#include "batchreadback.h"

#include "batchitem.h"
#include "batchsource.h"
#include "previewread.h"

#include <QTimer>

namespace AssertDesk::Session {

BatchReadBack::BatchReadBack(Net::ApiClient *client, Net::ApiCall::Options options, BatchSource *source,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_source(source)
{
}

BatchReadBack::~BatchReadBack()
{
    for (const QPointer<PreviewRead> &read : std::as_const(m_reads))
        delete read.data();
}

void BatchReadBack::start()
{
    // Queued: a caller connects to finished() after start() as well as before.
    QTimer::singleShot(0, this, &BatchReadBack::launch);
}

void BatchReadBack::cancel()
{
    m_cancelled = true;
    for (const QPointer<PreviewRead> &read : std::as_const(m_reads))
        if (read)
            read->cancel();
}

void BatchReadBack::launch()
{
    m_reads.removeAll(nullptr);
    while (!m_cancelled && !m_exhausted && m_reads.size() < kReadsAtOnce) {
        BatchItem item;
        if (!m_source->next(item)) {
            m_exhausted = true;
            m_sourceError = m_source->error();
            break;
        }
        auto *read = new PreviewRead(m_client, m_options, item.body, this);
        m_reads << read;
        connect(read, &PreviewRead::finished, this, [this, read, row = item.row](const MatchPreview &p) {
            // A cancelled read found nothing: the row stays as it was.
            if (!m_cancelled)
                Q_EMIT rowRead(row, ReadBackVerdict::of(p));
            m_reads.removeAll(read);
            read->deleteLater();
            QTimer::singleShot(0, this, &BatchReadBack::launch);
        });
        read->start();
    }
    if (m_reads.isEmpty() && (m_exhausted || m_cancelled) && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace AssertDesk::Session
