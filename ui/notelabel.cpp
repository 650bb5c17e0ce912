#include "notelabel.h"

#include <QLabel>

namespace AssertDesk::Ui {

void paintNote(QLabel *label, const QColor &background, const QColor &text, bool bold, int padding)
{
    QPalette palette = label->palette();
    if (background.isValid()) {
        palette.setColor(QPalette::Window, background);
        label->setAutoFillBackground(true);
    }
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    label->setMargin(padding);
}

void clearNote(QLabel *label)
{
    label->setAutoFillBackground(false);
    label->setPalette(QPalette());
    label->setFont(QFont());
}

} // namespace AssertDesk::Ui
