#pragma once

#include "historyservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace AssertDesk::History {

// The history as a table that loads a page at a time, newest first, so a million rows open as
// fast as fifty. Keyset paging (id < last id) keeps every page as cheap as the first, and
// pages are read on the history's thread, never the window's. A page is about two panes' worth
// of rows at the default window size (the view asks for the next one as its end comes into
// view, and until a tall pane is full): 200 held about 0.2 MB more from start-up on, for rows
// nobody had scrolled to.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    // In the order shown: when and to whom first, so a narrow pane still shows them.
    enum Column { Sent, Match, Outcome, Action, Profile, Contact, MatchedBy, Status, Error, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RecordRole };
    static constexpr int kPageSize = 50;

    explicit HistoryModel(HistoryService *history, QObject *parent = nullptr);

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    // Re-reads from the newest row (after a send).
    void reload();
    qint64 idAt(int row) const;
    // The entry as listed (bodies left out); null past the end.
    const HistoryRecord *recordAt(int row) const;
    // A column's name that does not change with the language (for saving which are shown).
    static QString columnKey(int column);
    // How a time of sending reads in the list: the time alone today, the date and time before.
    static QString sentText(const QDateTime &sentAt, const QDate &today);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);

private:
    QPointer<HistoryService> m_history;
    HistoryFilter m_filter;
    QList<HistoryRecord> m_rows;
    bool m_atEnd = false;
    bool m_loading = false;
    int m_generation = 0; // a reload makes answers to older requests stale
};

} // namespace AssertDesk::History
