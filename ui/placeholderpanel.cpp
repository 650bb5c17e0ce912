#include "placeholderpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

PlaceholderPanel::PlaceholderPanel(const QString &objectName, const QString &message, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(message, this);
    label->setObjectName(objectName + QLatin1String("Message"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

} // namespace AssertDesk::Ui
