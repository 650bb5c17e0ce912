#include "noticebanner.h"
#include "notelabel.h"

#include "visibletext.h"

namespace AssertDesk::Ui {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    paintNote(this, QColor(0xfd, 0xf3, 0xd8), QColor(0x6b, 0x4a, 0x00), false, 6);
    connect(this, &QLabel::linkActivated, this, &QWidget::hide);
    hide();
}

void NoticeBanner::showNotice(const QString &text)
{
    // A notice may quote the server (a contact id, an error): its control characters are written out.
    setText(QStringLiteral("%1 &nbsp;<a href=\"dismiss\">%2</a>")
                .arg(Contract::visibleText(text, true).toHtmlEscaped(), tr("Dismiss")));
    show();
}

} // namespace AssertDesk::Ui
