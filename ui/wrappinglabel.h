#pragma once

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>

namespace AssertDesk::Ui {

// A word-wrapped label that remembers its height for the last few widths it was asked about.
// A layout asks a wrapped label for its height at a width many times while a window is shown
// (each nested box, the splitter, the scroll area; QWidgetItem::minimumHeightForWidth has no
// cache), and QLabel lays its whole text out again each time, shaping every word; a selectable
// label lays it out twice (for the width, then back). The long first-start note in the response
// pane alone cost a tenth of the window's start-up that way. The remembered heights are dropped
// as soon as anything that shapes the text differs: the text, its format, the font, the margins,
// the alignment, the direction or whether the text is selectable.
class WrappingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    ~WrappingLabel() override;

    int heightForWidth(int width) const override;

private:
    struct Look
    {
        QString text;
        QFont font;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        Qt::TextInteractionFlags interaction;
        bool operator==(const Look &) const = default;
    };
    struct Height
    {
        int width = 0;
        int height = 0;
    };

    Look look() const;

    mutable Look m_measured;
    mutable QList<Height> m_heights;
};

} // namespace AssertDesk::Ui
