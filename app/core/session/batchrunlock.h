#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace AssertDesk::Session {

// Marks one batch as being sent by this process: a lock file beside the history
// (batch-ID.lock, holding the process id, host and program, never a key). The history's own lock
// says only that some process writes the history (a window left open, another command); this one
// says the batch's own sender is alive. A kill -9 or a crash leaves the file behind, but its
// process is gone, so it reads as not held: the batch was interrupted.
class BatchRunLock final
{
public:
    BatchRunLock(const QString &dataDir, qint64 batchId);
    ~BatchRunLock();
    BatchRunLock(const BatchRunLock &) = delete;
    BatchRunLock &operator=(const BatchRunLock &) = delete;

    // True once this process holds it; false when another live process sends the batch (or the
    // folder cannot take the file).
    bool acquire();
    bool isHeld() const { return m_held; }

    // Whether a live process, this one or another, is sending the batch now.
    static bool heldByAnyone(const QString &dataDir, qint64 batchId);

private:
    static QString path(const QString &dataDir, qint64 batchId);

    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace AssertDesk::Session
