#pragma once

#include "aheadlog.h"
#include "batchrecord.h"
#include "contactchange.h"
#include "historylock.h"
#include "historyrecord.h"
#include "keptoutcome.h"
#include "sendresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace AssertDesk::History {

// The local SQLite history of every send attempt. One process writes (it holds a lock file, and
// others wait their turn for it a while before they open the history read-only and say who holds
// it). Schema changes are numbered SQL resources applied in order, each in one transaction,
// tracked by user_version. Every opening checks the file first (its header, its size, and all of
// it when it is small); a damaged file is moved aside intact and a fresh one started, and a
// history that vanished or was emptied is reported, never silently replaced. Reads that meet
// damage return what can be read and count the rest. An answer that cannot be written is kept
// beside the history (KeptOutcome) until it can be. Use from one thread only.
class HistoryStore final
{
public:
    enum class Mode { Closed, ReadWrite, ReadOnly };
    static constexpr int kSchemaVersion = 5;
    static constexpr qint64 kCompressAbove = 32 * 1024;
    static constexpr qint64 kMaxStoredBody = 16 * 1024 * 1024;
    // Upgrades touching more entries than this are announced (see setProgress).
    static constexpr qint64 kAnnounceUpgradeAbove = 20000;
    // Files up to this size get a full quick_check at every opening: measured at about 8 ms per
    // MiB from the page cache and 50 ms per MiB from a cold disk (SQLite 3.40, history-like rows),
    // so at most about 130 ms warm, on the history's own thread. Larger files get the header and
    // size checks at opening, and the full check when a read fails.
    static constexpr qint64 kQuickCheckUpTo = 16 * 1024 * 1024;

    explicit HistoryStore(QString dataDir);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultDataDir();

    // `upToVersion` exists for tests that need an older schema.
    bool open(QString *error, int upToVersion = kSchemaVersion);
    // Called on the store's thread before work that makes opening take long (rebuilding the search
    // index of a history with more than `reportAbove` entries, waiting for another process's
    // lock), with a sentence for the user.
    void setProgress(std::function<void(const QString &)> report, qint64 reportAbove = kAnnounceUpgradeAbove)
    {
        m_progress = std::move(report);
        m_reportAbove = reportAbove;
    }
    // How long open() waits for the lock that another process holds.
    void setLockPatience(const HistoryLock::Patience &patience) { m_patience = patience; }
    // Seams for tests: the size up to which every opening runs the full check, and a failure
    // injected into the write that completes a row (the text SQLite would give, as on a full disk).
    void setQuickCheckUpTo(qint64 bytes) { m_quickCheckUpTo = bytes; }
    void setCompletionFault(std::function<QString()> fault) { m_completionFault = std::move(fault); }

    Mode mode() const { return m_mode; }
    // Things the user must be told: read-only, moved aside, interrupted rows recovered, answers
    // kept aside or written late. It only grows.
    QStringList notices() const { return m_notices; }
    // Who held the history when it was opened read-only.
    QString holder() const { return m_holder; }
    QString databasePath() const;
    QString dataDir() const { return m_dir; }
    int schemaVersion() const;

    // Commits the intent row before anything is sent; -1 (and nothing may be sent) on failure.
    qint64 beginAttempt(const HistoryIntent &intent, QString *error);
    // False when the row could not be completed; then the answer is kept (see isKept) and the
    // error says exactly where, or that it could not be kept.
    bool completeAttempt(qint64 id, const Contract::SendResult &result, QString *error);
    // Several intents and answers in one transaction and one disk sync (historygroup.cpp): what
    // HistoryService gathers while the previous writes go to disk. An intent gets its id in
    // `newId`. All or nothing: false when any of them failed, and then nothing was written and
    // each is to be written on its own (which says what went wrong, or keeps the answer aside).
    struct GroupWrite
    {
        const HistoryIntent *intent = nullptr; // an intent; else the answer below for row `id`
        qint64 id = 0;
        const Contract::SendResult *result = nullptr;
        qint64 newId = -1;
    };
    bool writeGroup(QList<GroupWrite> &writes);
    // historyahead.cpp: a batch's intents written ahead of their turn, a window at a time, in one
    // transaction with one disk sync, and noted in the log of rows written ahead (AheadLog); the
    // ids in order, or none (and nothing may be sent) on failure.
    QList<qint64> beginAhead(const QList<HistoryIntent> &intents, QString *error);
    // Before their requests leave: noted in that log, so that after a crash in this boot the rows
    // written ahead and never released are known never to have left. Called from another thread
    // than the store's (it touches nothing but the log, which takes care of that).
    bool release(const QList<qint64> &ids, QString *error);
    // Rows written ahead and never released that will not be sent now (a cancel): deleted, as
    // attempts that never were, so a batch's rows never sent have no entry and a resume sends
    // them. Noted in the log first, as their ids may be given again.
    bool withdraw(const QList<qint64> &ids, QString *error);
    // An answer for row `id` waits, in memory and in the file keptFile() names (empty when that
    // could not be written either), to be written into the history.
    bool isKept(qint64 id) const { return m_kept.contains(id); }
    QString keptFile(qint64 id) const;

    // Each read returns what it can; `unreadable` receives what it could not (damage).
    std::optional<HistoryRecord> record(qint64 id, Unreadable *unreadable = nullptr) const;
    // Newest first; `beforeId` pages (0 = from the newest). Bodies are left out.
    QList<HistoryRecord> list(const HistoryFilter &filter, int limit, qint64 beforeId = 0,
                              Unreadable *unreadable = nullptr) const;
    // Every attempt for one contact, by its id or any email it was matched or written with; oldest first.
    QList<HistoryRecord> timeline(const QString &emailOrId, Unreadable *unreadable = nullptr) const;
    // Every send to one contact (by the id the answers gave, or an address it was matched on
    // with), newest first, each with the fields it changed: read offline, from the history alone.
    QList<ContactChange> contactChanges(const QString &contactId, Unreadable *unreadable = nullptr) const;
    // The same for a send that named no contact: every send keyed on that match value (an email),
    // and every send to a contact one of those reached; newest first.
    QList<ContactChange> matchChanges(const QString &matchValue, Unreadable *unreadable = nullptr) const;
    // How many entries a filter keeps (-1 when that cannot be read), so an export can say it.
    qint64 count(const HistoryFilter &filter) const;
    // Every profile the history has sends from, for the window's profile filter.
    QStringList profiles() const;
    // Ids matching a filter, newest first (for export of everything).
    QList<qint64> ids(const HistoryFilter &filter, Unreadable *unreadable = nullptr) const;

    // historybatches.cpp: a batch is created before its first row is sent; -1 on failure.
    qint64 createBatch(const BatchRecord &batch, QString *error);
    std::optional<BatchRecord> batch(qint64 id) const;
    // The latest `limit` batches, newest first, each with its rows counted by outcome.
    QList<BatchListing> batches(int limit) const;
    // Every row of the batch that has an attempt, in row order (rows never tried are absent).
    QList<BatchRowState> batchRows(qint64 batchId) const;
    bool setBatchState(qint64 batchId, const QString &state, QString *error);
    // What a resume's read-back found for an attempt whose outcome is not known; `contactId`, the
    // contact found holding the row's fields, fills the attempt's contact id when it has none.
    bool setBatchCheck(qint64 historyId, const QString &check, QString *error, const QString &contactId = {});

    // The opening found the history damaged, emptied or gone, and said so in notices().
    bool openedWithTrouble() const { return m_troubled; }
    // The file was found damaged (at opening or by a read): reads skip and count what they cannot read.
    bool isDamaged() const { return !m_damage.isEmpty(); }
    Unreadable unreadable() const;
    // Moves a file found damaged aside, intact, and starts a new history in its place (so new
    // sends never go into it). Only the writer may; false with an error when that fails.
    bool setAsideIfDamaged(QString *error);

    QString lastError() const { return m_lastError; }

    // A read's WHERE clause and its values (what the reads share; the store's own business).
    struct Query
    {
        QString where; // over "asserts a"; empty for every row
        QVariantList values;
        bool oldestFirst = false;
        bool withBodies = false; // the request body, before-state and prediction too
    };

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
    bool createIfMissing(QString *error);
    bool migrate(int upToVersion, QString *error);
    bool reindexSearch(QString *error);
    void recoverInterrupted();
    // At the opening, before recoverInterrupted(): rows an earlier run wrote ahead and never
    // released (as its log says, if it was written in this boot) are deleted: they never left.
    void settleWrittenAhead();
    QString aheadLogPath() const;
    bool deleteUnsent(const QList<qint64> &ids, QString *error);
    void tightenPermissions() const;
    bool exec(const QString &sql, QString *error) const;

    // historyintegrity.cpp: the checks at opening, damage found later, setting a file aside.
    bool checkAtOpen(bool writer, bool thorough, QString *error);
    QString inspectFile(bool thorough);
    void countDamage(const QString &connection) const;
    bool noteFailedRead(const QString &error) const;
    bool setAside(const QString &what, QString *error);
    QString damageSentence() const;
    QString markerPath() const;
    void writeMarker() const;

    // historyqueries.cpp / historysalvage.cpp
    QList<HistoryRecord> read(const Query &query, int limit, qint64 beforeId, Unreadable *unreadable) const;
    QList<HistoryRecord> salvage(const Query &query, int limit, qint64 beforeId, Unreadable *unreadable) const;
    qint64 newestId() const;

    // historywrites.cpp / historygroup.cpp: the writes of a send, alone or in a group.
    bool readyToWrite(QString *error);
    qint64 insertIntent(const HistoryIntent &intent, QString *error);
    bool updateCompletion(qint64 id, const Contract::SendResult &result, const QString &knownContactId,
                          const QString &knownAction, QString *error);
    void wrote(); // after a commit: the files' permissions, once they all exist
    // An intent commits with a disk sync, before its request leaves. An answer alone does not
    // wait for one: a power cut can lose it (the row then reads as interrupted, which is checked
    // before anything is sent again), a crash of the program cannot (it is in the system's cache).
    void setDurable(bool durable);
    // Statements prepared once per connection (parsing the SQL cost more than running it);
    // historygroup.cpp. Dropped before the connection closes.
    struct Statements;
    Statements &prepared() const;
    void dropStatements() const;
    // What the completion of a row needs of its intent, kept from the intent so the row need not
    // be read back (it still is for an intent written by an earlier run).
    struct IntentMemo
    {
        QStringList emails;
        QStringList names;
        QJsonObject prediction;
    };

    // historykept.cpp: answers that could not be written, kept until they can be.
    bool writeCompletion(qint64 id, const Contract::SendResult &result, const QString &knownContactId,
                         const QString &knownAction, QString *error);
    QString keepAside(qint64 id, const Contract::SendResult &result, const QString &contactId, const QString &action,
                      const QString &writeError);
    void writeKept();

    QString m_dir;
    QString m_connection;
    Mode m_mode = Mode::Closed;
    std::unique_ptr<HistoryLock> m_lock;
    HistoryLock::Patience m_patience;
    QString m_holder;
    qint64 m_quickCheckUpTo = kQuickCheckUpTo;
    std::function<QString()> m_completionFault;
    mutable QStringList m_notices; // reads that find damage add to it
    std::function<void(const QString &)> m_progress;
    qint64 m_reportAbove = 0;
    QMap<qint64, KeptOutcome> m_kept;
    QElapsedTimer m_keptScan; // the folder is looked at for kept answers now and then, not at every write
    mutable std::unique_ptr<Statements> m_statements;
    QHash<qint64, IntentMemo> m_intents; // rows in flight, see IntentMemo
    AheadLog m_aheadLog;                 // open while this store writes
    int m_durable = -1;                  // the connection's synchronous setting: 1 FULL, 0 NORMAL, -1 unknown
    bool m_tightened = false;            // the files' permissions since the opening
    // What is known of damage in the open file (reads find it, so these change in const calls).
    mutable QString m_damage; // why the file is damaged; empty while it is not known to be
    mutable QSet<qint64> m_unreadableIds;
    mutable qint64 m_lastId = -1; // the newest entry's id in the damaged file; -1 unknown
    mutable QString m_lastError;
    bool m_troubled = false;
    int m_schema = 0; // of the open file: one opened read-only may be older than kSchemaVersion
};

} // namespace AssertDesk::History
