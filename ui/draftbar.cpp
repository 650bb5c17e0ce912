#include "draftbar.h"
#include "wrappinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace AssertDesk::Ui {

DraftBar::DraftBar(QWidget *parent)
    : QWidget(parent)
    , m_note(new WrappingLabel(this))
    , m_example(new QPushButton(tr("&Load an example"), this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("draftBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setObjectName(QStringLiteral("draftNote"));
    m_note->setWordWrap(true);
    // A quiet band in the palette's own shade (the alternate row colour), with its normal text:
    // it follows a dark or high-contrast palette, where a fixed light grey would glare.
    m_note->setBackgroundRole(QPalette::AlternateBase);
    m_note->setForegroundRole(QPalette::Text);
    m_note->setAutoFillBackground(true);
    m_note->setMargin(4);
    m_example->setObjectName(QStringLiteral("loadExampleButton"));
    m_example->setToolTip(tr("Fill the request with an example contact (Sarah Chen) to see what a request looks "
                             "like; nothing is sent until you press Send."));
    m_back->setObjectName(QStringLiteral("backToDraftButton"));
    layout->addWidget(m_note, 1);
    layout->addWidget(m_example);
    layout->addWidget(m_back);
    connect(m_example, &QPushButton::clicked, this, &DraftBar::exampleRequested);
    connect(m_back, &QPushButton::clicked, this, &DraftBar::backRequested);
    hide();
}

void DraftBar::showState(const QString &note, bool offerExample, const QString &back)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_example->setVisible(offerExample);
    m_back->setText(back);
    m_back->setVisible(!back.isEmpty());
    setVisible(!note.isEmpty() || offerExample || !back.isEmpty());
}

QString DraftBar::note() const
{
    return m_note->text();
}

} // namespace AssertDesk::Ui
