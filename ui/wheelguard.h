#pragma once

#include <QObject>

class QWidget;

namespace AssertDesk::Ui {

// Keeps the mouse wheel from changing a value nobody chose. Combo boxes, spin boxes, date and
// time edits and sliders take the wheel by default, so scrolling a page over one changes it
// (an SMS consent became false that way). Installed once on the application, it lets such a
// widget take the wheel only while it has the focus (a person clicked or tabbed into it); any
// other wheel goes on to the page behind it, which scrolls. It also gives these widgets
// Qt::StrongFocus, so the wheel itself no longer hands them the focus.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // Installs itself on the application; it is removed when it is destroyed.
    explicit WheelGuard(QObject *parent = nullptr);

    // A widget whose value the wheel would change (not a scroll bar: scrolling is its job).
    static bool isWheelEditable(const QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void takeWheelFocusAway(QWidget *widget);
    static bool hasFocusWithin(const QWidget *widget);
};

} // namespace AssertDesk::Ui
