#pragma once

#include <QStringList>

class QHeaderView;
class QWidget;

namespace AssertDesk::Test {

// Walks the visible widgets of one window and lists every text a person cannot read whole: a
// label, button, check box, tab, group box title, combo box text, empty field's placeholder or
// header section narrower than its text, where "narrower" is the width the widget is given after
// every ancestor (a scroll area's viewport, a splitter pane, the window) has clipped it. Widths
// are measured with the widget's own font and style, so the check holds for whatever fonts the
// platform has; a wrapped label is cut when its lines need more height than it was given. A hidden
// header section is not text shown; a column of a table that scrolls sideways is read by
// scrolling to it, so its own width counts, not the part of it in view.
class CutFinder final
{
public:
    // `skip`: a part of the window checked elsewhere (its texts are listed apart, see skipped()).
    explicit CutFinder(QWidget *window, QWidget *skip = nullptr);

    // Walks the window as it is now; each call adds what it finds (a text is listed once).
    void walk();
    // Also shows every page of every tab widget in turn, walking each (then the first page again).
    void walkAllTabs();
    // Fails when the window is larger than the screen it is meant for.
    void checkFits(int width, int height);

    QStringList cuts() const { return m_cuts; }
    QStringList skipped() const { return m_skipped; }

private:
    void check(QWidget *w);
    void checkLabel(QWidget *w);
    void checkButton(QWidget *w);
    void checkTabs(QWidget *w);
    void checkGroupBox(QWidget *w);
    void checkCombo(QWidget *w);
    void checkPlaceholder(QWidget *w);
    void checkHeader(QWidget *w);
    // The width a header section has to show its text in: what the ancestors leave of it, or,
    // when its table scrolls sideways, its own width (up to the visible width of the view).
    int sectionRoom(const QHeaderView *header, int section) const;
    // The part of [left, left + width) of `w` (in its own x) that its ancestors leave visible.
    int visibleWidth(const QWidget *w, int left, int width) const;
    void report(const QWidget *w, const QString &text, int need, int have, const QString &what = {});

    QWidget *m_window;
    QWidget *m_skip;
    QStringList m_cuts;
    QStringList m_skipped;
};

} // namespace AssertDesk::Test
