#pragma once

#include <QList>
#include <QObject>

class QWidget;

namespace AssertDesk::Ui {

// The parts of one editor (the six lines of an address, the owner's form and id) as one Tab stop:
// Tab lands on `tabStop` alone, and the arrow keys move between the parts as they are laid out,
// `columns` to a line. Left and Right leave a text only from its start or its end, so they still
// move the cursor inside it; Up and Down are left to a combo box, which changes its choice with
// them. A form row stays two Tab stops (the box that sends it, its editor) however many parts its
// editor has; a click still reaches any part, and every part keeps its accessible name.
class PartArrows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartArrows)

public:
    PartArrows(const QList<QWidget *> &parts, int columns, QWidget *tabStop, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *neighbour(qsizetype index, int key) const;

    QList<QWidget *> m_parts;
    int m_columns;
};

} // namespace AssertDesk::Ui
