#pragma once

#include "historymodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace AssertDesk::Ui {

class ContactTimelineDialog;
class HistoryColumns;

// Past asserts: searchable, filterable, loading as the list scrolls. Opening one shows it for
// review; a contact's timeline opens beside the window; the list exports to JSON Lines or CSV,
// the action saying what it takes (all, the filtered or the selected entries).
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // Asks where to save an export (a seam: tests answer it without a dialog).
    using SaveFileChooser = std::function<QString(const QString &title, const QString &suggestedName)>;

    HistoryPanel(History::HistoryService *history, QWidget *parent = nullptr);

    void reload();
    void setNotice(const QString &text);
    // The timeline of the entry at the table's current row (see ContactTimelineDialog).
    void showTimeline();
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void exportSelection();
    void clearFilters();
    History::HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // File › Export and the table's menu: its text says what it exports.
    QAction *exportAction() const { return m_exportAction; }
    // "Show this contact's timeline" (Ctrl+T), in the View menu and the table's menu.
    QAction *timelineAction() const { return m_timelineAction; }
    // The timeline window, once opened (null before, and after it is closed).
    ContactTimelineDialog *timeline() const;
    qint64 selectedId() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    void resendRequested(qint64 id);
    void revertRequested(qint64 id);
    void exported(int count, const QString &path);
    void message(const QString &text);

private:
    void buildNotice(QVBoxLayout *layout);
    void buildFilters(QVBoxLayout *layout);
    void buildView(QVBoxLayout *layout);
    QWidget *buildEmptyNote();
    void connectFilters();
    void connectViewActions();
    void applyFilter();
    bool filtersActive() const;
    void refreshProfiles();
    void countFiltered();
    void updateExportText();
    void updateEmptyState();
    int selectedCount() const;

    History::HistoryService *m_history;
    History::HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_outcome;
    QComboBox *m_profile;
    QComboBox *m_action;
    QComboBox *m_since;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_clear;
    QLabel *m_notice;
    QTimer *m_debounce;
    HistoryColumns *m_columns = nullptr;
    QAction *m_exportAction;
    QAction *m_timelineAction;
    QPointer<ContactTimelineDialog> m_timeline;
    SaveFileChooser m_chooseFile;
    qint64 m_filtered = -1; // entries the filters keep; -1 while not counted
    int m_countGeneration = 0;
};

} // namespace AssertDesk::Ui
