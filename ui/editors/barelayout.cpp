#include "barelayout.h"

#include <QHBoxLayout>

namespace AssertDesk::Ui {

QHBoxLayout *bareLayout(QWidget *editor)
{
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace AssertDesk::Ui
