#pragma once

#include "contactchange.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace AssertDesk::History {
class HistoryService;
}

namespace AssertDesk::Ui {

class DiffTable;

// One contact's timeline, read offline from the history: every send to it, newest first, each
// with its time, profile, outcome, action and the fields it changed (old → new); the send chosen
// shows field by field below, and opens as its history entry.
class ContactTimelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTimelineDialog)

public:
    enum Column { Sent, Profile, Outcome, Action, Changed, ColumnCount };

    explicit ContactTimelineDialog(History::HistoryService *history, QWidget *parent = nullptr);

    // The sends to the contact with this id; with no id (the send named no contact), those keyed
    // on `matchValue` and to any contact they reached. The send `chosen` is the current row.
    void showContact(const QString &contactId, const QString &matchValue, qint64 chosen = 0);
    QTreeWidget *sends() const { return m_sends; }
    DiffTable *diff() const { return m_diff; }
    // What a send did, in one line: "title: CTO → VP; …", or why it changed nothing.
    static QString changedText(const History::ContactChange &change);

Q_SIGNALS:
    void openRequested(qint64 id);
    // The timeline is read and shown (for tests and the status bar).
    void loaded(int sends);

private:
    void buildLayout();
    void fill(const QList<History::ContactChange> &changes);
    void showCurrent();
    void openCurrent();

    History::HistoryService *m_history;
    QLabel *m_title;
    QLabel *m_status;
    QTreeWidget *m_sends;
    QLabel *m_detail;
    DiffTable *m_diff;
    QPushButton *m_open;
    QList<History::ContactChange> m_changes;
    int m_generation = 0; // a newer request makes an older answer stale
    qint64 m_chosen = 0;
};

} // namespace AssertDesk::Ui
