#include "notelabel.h"

#include <QApplication>
#include <QLabel>

namespace AssertDesk::Ui {

namespace {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor readableColour(const QColor &colour)
{
    if (!colour.isValid() || !darkPalette())
        return colour;
    const QColor hsl = colour.toHsl();
    return QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), 255 - hsl.lightness(), hsl.alpha());
}

void paintNote(QLabel *label, const QColor &lightBackground, const QColor &lightText, bool bold, int padding)
{
    const bool banner = lightText.lightness() > 200;
    const QColor background = banner ? lightBackground : readableColour(lightBackground);
    const QColor text = banner ? lightText : readableColour(lightText);
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
