#include "statusaccessible.h"

#include <QLabel>

namespace AssertDesk::Ui {

namespace {

constexpr char kStatusProperty[] = "assertdeskStatus";

QAccessibleInterface *statusFactory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *label = qobject_cast<QLabel *>(object);
    if (label && label->property(kStatusProperty).toBool())
        return new StatusAccessible(label);
    return nullptr;
}

} // namespace

StatusAccessible::StatusAccessible(QLabel *label)
    : QAccessibleWidget(label, QAccessible::StatusBar)
{
}

QLabel *StatusAccessible::label() const
{
    return static_cast<QLabel *>(widget());
}

QString StatusAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name: return widget()->accessibleName();
    case QAccessible::Description:
    case QAccessible::Value: return label()->text();
    default: return QAccessibleWidget::text(t);
    }
}

void StatusAccessible::mark(QLabel *label)
{
    static const bool installed = [] {
        QAccessible::installFactory(statusFactory);
        return true;
    }();
    Q_UNUSED(installed)
    label->setProperty(kStatusProperty, true);
}

void StatusAccessible::announce(QLabel *label)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent description(label, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace AssertDesk::Ui
