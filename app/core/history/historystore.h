#pragma once

#include "historyrecord.h"
#include "sendresult.h"

#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace AssertDesk::History {

// The local SQLite history of every send attempt. One process writes (it holds a lock file);
// another opens it read-only and says so. Schema changes are numbered SQL resources applied in
// order, each in one transaction, tracked by user_version. A file that is not a database is
// moved aside intact and a fresh one started. Use from one thread only.
class HistoryStore final
{
public:
    enum class Mode { Closed, ReadWrite, ReadOnly };
    static constexpr int kSchemaVersion = 3;
    static constexpr qint64 kCompressAbove = 32 * 1024;
    static constexpr qint64 kMaxStoredBody = 16 * 1024 * 1024;
    // Upgrades touching more entries than this are announced (see setProgress).
    static constexpr qint64 kAnnounceUpgradeAbove = 20000;

    explicit HistoryStore(QString dataDir);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultDataDir();

    // `upToVersion` exists for tests that need an older schema.
    bool open(QString *error, int upToVersion = kSchemaVersion);
    // Called on the store's thread before work that makes opening take long (rebuilding the search
    // index of a history with more than `reportAbove` entries), with a sentence for the user.
    void setProgress(std::function<void(const QString &)> report, qint64 reportAbove = kAnnounceUpgradeAbove)
    {
        m_progress = std::move(report);
        m_reportAbove = reportAbove;
    }
    Mode mode() const { return m_mode; }
    // Things the user must be told: read-only, moved aside, interrupted rows recovered.
    QStringList notices() const { return m_notices; }
    QString databasePath() const;
    QString dataDir() const { return m_dir; }
    int schemaVersion() const;

    // Commits the intent row before anything is sent; -1 (and nothing may be sent) on failure.
    qint64 beginAttempt(const HistoryIntent &intent, QString *error);
    bool completeAttempt(qint64 id, const Contract::SendResult &result, QString *error);

    std::optional<HistoryRecord> record(qint64 id) const;
    // Newest first; `beforeId` pages (0 = from the newest). Bodies are left out.
    QList<HistoryRecord> list(const HistoryFilter &filter, int limit, qint64 beforeId = 0) const;
    // Every attempt for one contact, by its id or any email it was matched or written with; oldest first.
    QList<HistoryRecord> timeline(const QString &emailOrId) const;
    // Ids matching a filter, newest first (for export of everything).
    QList<qint64> ids(const HistoryFilter &filter) const;

    QString lastError() const { return m_lastError; }

    // The search text typed in the history view as an FTS5 query: every word must appear, as a
    // prefix. Leading and trailing "@", "." and "+" are dropped ("@acme.com" finds the domain).
    static QString ftsQuery(const QString &text);
    // What the search index holds for these values. Emails and other words joined by "@", "." or
    // "+" are kept whole (so a full email or domain is one word in the index, found by reading one
    // short list) and also indexed as their local part, their domain and its suffixes, and each
    // piece ("sarah.chen@acme.co.uk": that, "sarah.chen", "acme.co.uk", "co.uk", "sarah", "chen",
    // "acme", "co", "uk").
    static QString searchWords(const QStringList &values);

private:
    // One step of the schema: the SQL resource that brings `version`, and what SQL cannot
    // express, run after it in the same transaction.
    struct MigrationStep
    {
        int version;
        const char *script; // under :/sql (resources/sql)
        bool (HistoryStore::*after)(QString *error);
    };
    static const MigrationStep kMigrations[];

    bool openDatabase(bool readOnly, QString *error);
    bool quarantineIfDamaged(bool thorough, QString *error);
    bool migrate(int upToVersion, QString *error);
    bool reindexSearch(QString *error);
    void recoverInterrupted();
    void tightenPermissions() const;
    bool exec(const QString &sql, QString *error) const;

    QString m_dir;
    QString m_connection;
    Mode m_mode = Mode::Closed;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_notices;
    std::function<void(const QString &)> m_progress;
    qint64 m_reportAbove = 0;
    mutable QString m_lastError;
};

} // namespace AssertDesk::History
