#pragma once

#include <QObject>

class QTabWidget;
class QWidget;

namespace AssertDesk::Ui {

// A tab's mnemonic (Alt+J for the JSON tab) switches the page and puts the focus in its first
// field, as a label's mnemonic does for its buddy. Left to the tab bar, the page shows but the
// keys still go to the bar, and one more Tab is needed to reach what was asked for.
class TabMnemonicFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabMnemonicFocus)

public:
    // Lives as long as `tabs`.
    explicit TabMnemonicFocus(QTabWidget *tabs);

    // Where the focus goes in `page`: its focus proxy, itself if Tab reaches it, or the first
    // widget in it that Tab reaches.
    static QWidget *firstField(QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTabWidget *m_tabs;
};

} // namespace AssertDesk::Ui
