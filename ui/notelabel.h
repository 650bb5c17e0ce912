#pragma once

#include <QColor>

class QLabel;

namespace AssertDesk::Ui {

// Colours a label as a note or banner through its palette. A style sheet would do the same but
// puts a style-sheet style on the widget, which costs start-up time for every label that has one.
void paintNote(QLabel *label, const QColor &background, const QColor &text, bool bold, int padding);
// Back to the label's normal look.
void clearNote(QLabel *label);

} // namespace AssertDesk::Ui
