#pragma once

#include <QAccessibleWidget>

class QLabel;

namespace AssertDesk::Ui {

// A label that reports what happened (the outcome banner, the problem count) exposed to
// assistive technology as a status: its name says what it is ("Outcome"), its description is
// what it says now ("Created …"), and a change is announced. Plain QLabels are static text whose
// changes a screen reader does not follow.
class StatusAccessible final : public QAccessibleWidget
{
public:
    explicit StatusAccessible(QLabel *label);

    QString text(QAccessible::Text t) const override;

    // Makes `label` a status. Call it first: an interface made before (setAccessibleName makes
    // one when assistive technology is on) stays a static text.
    static void mark(QLabel *label);
    // Call after the label's text changed: tells assistive technology, which announces it.
    static void announce(QLabel *label);

private:
    QLabel *label() const;
};

} // namespace AssertDesk::Ui
