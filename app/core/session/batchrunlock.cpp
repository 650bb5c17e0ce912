#include "batchrunlock.h"

#include <QDir>
#include <QLockFile>

namespace AssertDesk::Session {

namespace {

// A probe by `batch status` holds the file for a moment: the sender waits that long rather
// than take the batch for someone else's.
constexpr int kAcquireWaitMs = 2000;

} // namespace

QString BatchRunLock::path(const QString &dataDir, qint64 batchId)
{
    return QDir(dataDir).filePath(QStringLiteral("batch-%1.lock").arg(batchId));
}

BatchRunLock::BatchRunLock(const QString &dataDir, qint64 batchId)
    : m_lock(std::make_unique<QLockFile>(path(dataDir, batchId)))
{
    // Held for as long as the batch sends, which may be hours: only a dead holder makes it stale,
    // never its age.
    m_lock->setStaleLockTime(0);
}

BatchRunLock::~BatchRunLock()
{
    if (m_held)
        m_lock->unlock();
}

bool BatchRunLock::acquire()
{
    if (!m_held)
        m_held = m_lock->tryLock(kAcquireWaitMs);
    return m_held;
}

bool BatchRunLock::heldByAnyone(const QString &dataDir, qint64 batchId)
{
    const QString file = path(dataDir, batchId);
    if (!QFile::exists(file))
        return false;
    QLockFile probe(file);
    probe.setStaleLockTime(0);
    // A file left by a process that is gone is taken over (and let go at once); a live one's is not.
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace AssertDesk::Session
