#pragma once

#include <QWidget>

namespace AssertDesk::Ui {

// A pane of the window: a heading whose mnemonic moves the focus into the pane, then the pane.
// Plain widgets rather than group boxes: a group box's frame is drawn from a pixmap stretched
// over the whole pane, which made it the most expensive thing in the first paint.
class PaneArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneArea)

public:
    PaneArea(const QString &objectName, const QString &title, QWidget *content, QWidget *parent = nullptr);
};

} // namespace AssertDesk::Ui
