#include "panearea.h"

#include <QLabel>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

PaneArea::PaneArea(const QString &objectName, const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(objectName + QStringLiteral("Heading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    // A label gives the focus only to a buddy that takes it: the pane's focus proxy.
    heading->setBuddy(content->focusProxy() ? content->focusProxy() : content);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
}

} // namespace AssertDesk::Ui
