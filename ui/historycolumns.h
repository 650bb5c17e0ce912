#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace AssertDesk::Ui {

// Which columns of the history table show, and how wide: each as wide as its content, the last
// one shown taking the rest of the pane. The header's context menu, and the table's own (so the
// keyboard reaches it), choose the columns; the choice is kept in the settings.
class HistoryColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryColumns)

public:
    static constexpr const char *kSettingsKey = "history/hiddenColumns";

    // `view` must already show the history model.
    explicit HistoryColumns(QTableView *view);

    // "Columns" with one check box per column.
    QAction *chooserAction() const { return m_chooser; }
    void setShown(int column, bool shown);
    // Sizes every column to what its rows hold (after a page loads), the address cut in the
    // middle only when the time and it would not fit the pane otherwise.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillMenu();
    void apply();
    void capAddress();
    int wantedWidth(int column) const;

    QTableView *m_view;
    // Kept apart: while the view is destroyed its viewport still sends events here, when the view
    // can no longer be asked for it.
    QWidget *m_viewport = nullptr;
    QStringList m_hidden; // column keys (HistoryModel::columnKey)
    QMenu *m_menu;
    QAction *m_chooser;
};

} // namespace AssertDesk::Ui
