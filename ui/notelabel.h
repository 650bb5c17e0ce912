#pragma once

#include <QColor>

class QLabel;

namespace AssertDesk::Ui {

// Colours a label as a note or banner through its palette. The colours are given as they look on
// a light palette; on a dark one (the application's window colour is dark) a light note becomes a
// dark one with light text, and coloured text turns lighter (see readableColour), so no note is a
// glaring patch or dim text there. Light text on a strong colour (a banner) reads on both: kept. A style sheet would do
// the same but puts a style-sheet style on the widget, which costs start-up time for every label that has one.
void paintNote(QLabel *label, const QColor &background, const QColor &text, bool bold, int padding);
// `colour` (chosen for a light palette) as it reads on the application's palette: the same hue,
// its lightness mirrored when the palette is dark.
QColor readableColour(const QColor &colour);
// Back to the label's normal look.
void clearNote(QLabel *label);

} // namespace AssertDesk::Ui
