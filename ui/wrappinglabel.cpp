#include "wrappinglabel.h"

namespace AssertDesk::Ui {

namespace {

// A window's layouts settle on two or three widths for a label (its pane's, and a guess or two).
constexpr qsizetype kWidthsKept = 4;

} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::~WrappingLabel() = default;

int WrappingLabel::heightForWidth(int width) const
{
    const Look now = look();
    if (!(now == m_measured)) {
        m_measured = now;
        m_heights.clear();
    }
    for (const Height &known : std::as_const(m_heights))
        if (known.width == width)
            return known.height;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == kWidthsKept)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

WrappingLabel::Look WrappingLabel::look() const
{
    return {text(),   font(),   textFormat(),      alignment(),       wordWrap(),
            margin(), indent(), contentsMargins(), layoutDirection(), textInteractionFlags()};
}

} // namespace AssertDesk::Ui
