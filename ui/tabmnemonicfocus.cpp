#include "tabmnemonicfocus.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>

namespace AssertDesk::Ui {

TabMnemonicFocus::TabMnemonicFocus(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    tabs->tabBar()->installEventFilter(this);
}

QWidget *TabMnemonicFocus::firstField(QWidget *page)
{
    while (page->focusProxy())
        page = page->focusProxy();
    if (page->focusPolicy() & Qt::TabFocus)
        return page;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return page;
}

bool TabMnemonicFocus::eventFilter(QObject *watched, QEvent *event)
{
    // The tab bar gets a Shortcut event only for a tab's mnemonic.
    if (event->type() != QEvent::Shortcut || watched != m_tabs->tabBar())
        return false;
    // Let the bar switch the page first (QObject::event is public; this calls QTabBar's).
    const bool handled = watched->event(event);
    if (QWidget *page = m_tabs->currentWidget())
        firstField(page)->setFocus(Qt::ShortcutFocusReason);
    return handled;
}

} // namespace AssertDesk::Ui
