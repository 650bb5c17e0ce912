#pragma once

#include "draft.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace AssertDesk::Session {

// The request being written and, at most, one set aside as the way back, kept in a file across
// runs (written atomically, readable by the user alone, a moment after the last change so
// typing does not write per key). Starting a new request (empty, a copy of a past assert, the
// example) sets the current one aside if it holds work; back() brings it back exactly.
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    // `file` empty: kept in memory only.
    explicit DraftStore(QString file, QObject *parent = nullptr);
    ~DraftStore() override;

    // draft.json in the app's data folder (the history's folder).
    static QString fileIn(const QString &dataDir);
    QString file() const { return m_file; }

    // Reads what the last run left. False with `error` if the file is there but cannot be read;
    // it is then moved aside (to <file>.unreadable), never overwritten. No file: true, no draft.
    bool load(QString *error);
    bool hasDraft() const { return m_hasDraft; }

    const Draft &current() const { return m_current; }
    const std::optional<Draft> &setAside() const { return m_setAside; }

    // The user changed the current request: recorded now, written after a pause.
    void edit(const QString &body);
    // `draft` becomes the current request (`draft.edited`: whether it already holds work that
    // cannot be had again, as a pasted body does). The current one is set aside if it
    // holds work, replacing any set aside before: discardedByStart() says what that would drop.
    void start(Draft draft);
    std::optional<Draft> discardedByStart() const;
    // The set-aside request becomes the current one; the current is set aside in its place if
    // it holds work (so going back and forth loses nothing). False if none was set aside.
    bool back();

    // Writes now what is not yet written (at quit). False with lastError() if it could not.
    bool flush();
    QString lastError() const { return m_error; }
    void setSaveDelay(int milliseconds) { m_save.setInterval(milliseconds); }

Q_SIGNALS:
    // The current or the set-aside request changed (not for edits of the current one's body).
    void changed();
    void saveFailed(const QString &why);

private:
    QJsonObject readFile(QString *error) const;
    void scheduleSave();
    bool write();

    QString m_file;
    Draft m_current;
    std::optional<Draft> m_setAside;
    bool m_hasDraft = false;
    bool m_dirty = false;
    QTimer m_save;
    QString m_error;
};

} // namespace AssertDesk::Session
