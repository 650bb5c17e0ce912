#pragma once

#include "historymodel.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace AssertDesk::Ui {

// Past asserts: searchable, filterable, loading as the list scrolls. Opening one shows it for
// review; a contact's timeline is one search away; a selection exports to JSON Lines or CSV.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // Asks where to save an export (a seam: tests answer it without a dialog).
    using SaveFileChooser = std::function<QString(const QString &suggestedName)>;

    HistoryPanel(History::HistoryService *history, QWidget *parent = nullptr);

    void reload();
    void setNotice(const QString &text);
    void showTimeline(const QString &emailOrId);
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void exportSelection();
    History::HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
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
    void connectFilters();
    void connectViewActions();
    void applyFilter();

    History::HistoryService *m_history;
    History::HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_outcome;
    QComboBox *m_action;
    QComboBox *m_since;
    QTableView *m_view;
    QLabel *m_notice;
    QTimer *m_debounce;
    SaveFileChooser m_chooseFile;
};

} // namespace AssertDesk::Ui
