#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

namespace AssertDesk::History {

// Which intent rows were written ahead of their turn, and which of them were released to the
// network. A batch writes its intents in windows, one disk sync for many rows, so that its
// requests need not wait for the disk one by one; this log then tells, after a crash, a row that
// never left (sent again by a resume without asking) from one that may have reached the server
// (interrupted, read back before anything is resent).
//
// The log is appended to without a sync. What a process wrote survives its own crash or a kill
// (it is in the system's cache) but not a power cut, so it is trusted only in the boot that
// wrote it: after a restart of the machine every row in flight is interrupted, as without it.
//
// Thread-safe: the history's thread notes rows ahead and withdrawn, while releases are noted on
// a thread of their own (HistoryService), so that a batch's next rows never wait behind the
// history's transactions.
class AheadLog final
{
public:
    struct Reading
    {
        bool sameBoot = false; // written in this boot of the machine: what it says holds
        QSet<qint64> ahead;    // written ahead
        QSet<qint64> released; // of those, the ones that may have left
    };

    AheadLog() = default;
    AheadLog(const AheadLog &) = delete;
    AheadLog &operator=(const AheadLog &) = delete;

    // What the log at `path` says; not sameBoot when it is missing or cannot be read.
    static Reading read(const QString &path);
    // This boot of the machine; empty when the system does not say (then nothing is trusted).
    static QByteArray bootId();

    // Starts the log afresh (what an earlier run wrote has been read and settled).
    bool start(const QString &path, QString *error);
    bool isOpen() const
    {
        const QMutexLocker lock(&m_lock);
        return m_file.isOpen();
    }
    // Before any of the rows leaves: they were written ahead (after their commit).
    bool noteAhead(const QList<qint64> &ids, QString *error) { return append('a', ids, error); }
    // Before their requests leave: these rows may reach the server from now on.
    bool noteReleased(const QList<qint64> &ids, QString *error) { return append('r', ids, error); }
    // Before rows written ahead and never released are deleted: their ids may be given again.
    bool noteWithdrawn(const QList<qint64> &ids, QString *error) { return append('w', ids, error); }

    // Tests: the boot read from the system is replaced by this (empty: read it again).
    static void setBootIdForTesting(const QByteArray &bootId);

private:
    bool append(char kind, const QList<qint64> &ids, QString *error);
    bool write(const QByteArray &line, QString *error); // with m_lock held

    mutable QMutex m_lock; // one line at a time, whole, whichever thread writes it
    QFile m_file;
};

} // namespace AssertDesk::History
