#include "cutfinder.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>

namespace AssertDesk::Test {

namespace {

// The widgets' own measures, which Qt keeps protected: named through a subclass, called on the
// widget itself (no copy of Qt's arithmetic that could drift from it).
struct PushPeek : QPushButton
{
    using QPushButton::initStyleOption;
};
struct TabPeek : QTabBar
{
    using QTabBar::tabSizeHint;
};
struct ComboPeek : QComboBox
{
    using QComboBox::initStyleOption;
};
struct GroupPeek : QGroupBox
{
    using QGroupBox::initStyleOption;
};
struct LinePeek : QLineEdit
{
    using QLineEdit::initStyleOption;
};

// No room for rounding: Qt elides a placeholder, a tab or a header one pixel short of its text
// (the response filter's German placeholder lost its last letters to a 1 px allowance).
constexpr int slack = 0;

QString shown(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    out.replace(QLatin1String("&&"), QLatin1String("&"));
    return out.simplified();
}

QString pathOf(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *a = w; a && !a->isWindow(); a = a->parentWidget())
        if (!a->objectName().isEmpty() && !a->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(a->objectName());
    const QString name
        = parts.size() > 3 ? parts.mid(parts.size() - 3).join(QLatin1Char('/')) : parts.join(QLatin1Char('/'));
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

int pushButtonNeed(QPushButton *b)
{
    QStyleOptionButton opt;
    (b->*(&PushPeek::initStyleOption))(&opt);
    const QFontMetrics fm = b->fontMetrics();
    int w = fm.size(Qt::TextShowMnemonic, opt.text).width();
    if (!opt.icon.isNull())
        w += opt.iconSize.width() + 4;
    if (b->menu())
        w += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
    // Without the text, the style adds only its frame and margins, not the 80 px a push button is
    // given when there is room: a button narrower than that but wide enough for its text is fine.
    opt.text.clear();
    return b->style()->sizeFromContents(QStyle::CT_PushButton, &opt, QSize(w, fm.height()), b).width();
}

} // namespace

CutFinder::CutFinder(QWidget *window, QWidget *skip)
    : m_window(window)
    , m_skip(skip)
{
}

void CutFinder::walk()
{
    QApplication::processEvents();
    for (QWidget *w : m_window->findChildren<QWidget *>())
        if (w->isVisible() && w->window() == m_window)
            check(w);
}

void CutFinder::walkAllTabs()
{
    walk();
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || tabs->window() != m_window)
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            walk();
        }
        tabs->setCurrentIndex(was);
    }
    QApplication::processEvents();
}

void CutFinder::checkFits(int width, int height)
{
    QApplication::processEvents();
    if (m_window->width() > width || m_window->height() > height)
        m_cuts << QStringLiteral("%1 is %2x%3, larger than a %4x%5 screen (its least size is %6x%7)")
                      .arg(pathOf(m_window))
                      .arg(m_window->width())
                      .arg(m_window->height())
                      .arg(width)
                      .arg(height)
                      .arg(m_window->minimumSizeHint().width())
                      .arg(m_window->minimumSizeHint().height());
}

void CutFinder::check(QWidget *w)
{
    if (qobject_cast<QLabel *>(w))
        checkLabel(w);
    else if (qobject_cast<QAbstractButton *>(w))
        checkButton(w);
    else if (qobject_cast<QTabBar *>(w))
        checkTabs(w);
    else if (qobject_cast<QGroupBox *>(w))
        checkGroupBox(w);
    else if (qobject_cast<QComboBox *>(w))
        checkCombo(w);
    else if (qobject_cast<QLineEdit *>(w))
        checkPlaceholder(w);
    else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->orientation() == Qt::Horizontal)
        checkHeader(w);
}

void CutFinder::checkLabel(QWidget *w)
{
    auto *label = static_cast<QLabel *>(w);
    if (label->text().trimmed().isEmpty())
        return;
    const int have = visibleWidth(label, 0, label->width());
    if (!label->wordWrap()) {
        report(label, label->text(), label->sizeHint().width(), have);
        if (label->height() + slack < label->minimumSizeHint().height())
            report(label, label->text(), label->minimumSizeHint().height(), label->height(), QStringLiteral("high"));
        return;
    }
    // Wrapped: the longest word must fit across, the lines at this width down.
    report(label, label->text(), label->minimumSizeHint().width(), have);
    const int lines = label->heightForWidth(label->width());
    if (label->height() + slack < lines)
        report(label, label->text(), lines, label->height(), QStringLiteral("high"));
}

void CutFinder::checkButton(QWidget *w)
{
    auto *button = static_cast<QAbstractButton *>(w);
    if (shown(button->text()).isEmpty())
        return;
    if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    int need = button->sizeHint().width();
    if (auto *push = qobject_cast<QPushButton *>(button))
        need = pushButtonNeed(push);
    report(button, button->text(), need, visibleWidth(button, 0, button->width()));
}

void CutFinder::checkTabs(QWidget *w)
{
    auto *bar = static_cast<QTabBar *>(w);
    for (QToolButton *scroll : bar->findChildren<QToolButton *>())
        if (scroll->isVisible()) {
            report(bar, QStringLiteral("(tabs)"), bar->sizeHint().width(), bar->width(),
                   QStringLiteral("wide: its tabs need scroll arrows"));
            break;
        }
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect r = bar->tabRect(i);
        const int left = std::max(r.left(), 0);
        const int right = std::min(r.left() + r.width(), bar->width());
        report(bar, bar->tabText(i), (bar->*(&TabPeek::tabSizeHint))(i).width(),
               visibleWidth(bar, left, std::max(0, right - left)));
    }
}

void CutFinder::checkGroupBox(QWidget *w)
{
    auto *box = static_cast<QGroupBox *>(w);
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox opt;
    (box->*(&GroupPeek::initStyleOption))(&opt);
    QRect title = box->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxLabel, box);
    if (box->isCheckable())
        title |= box->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxCheckBox, box);
    report(box, box->title(), title.left() + title.width(), visibleWidth(box, 0, box->width()));
}

void CutFinder::checkCombo(QWidget *w)
{
    auto *combo = static_cast<QComboBox *>(w);
    const QString text = combo->currentText();
    if (text.isEmpty())
        return;
    QStyleOptionComboBox opt;
    (combo->*(&ComboPeek::initStyleOption))(&opt);
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
    int need = combo->fontMetrics().horizontalAdvance(text) + 2; // the label is drawn 1 px in on each side
    if (!opt.currentIcon.isNull())
        need += opt.iconSize.width() + 4;
    if (combo->isEditable() && combo->lineEdit())
        need += 2 * 2; // a line edit keeps 2 px either side of its text
    report(combo, text, need, visibleWidth(combo, field.left(), field.width()));
}

void CutFinder::checkPlaceholder(QWidget *w)
{
    auto *edit = static_cast<QLineEdit *>(w);
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty() || qobject_cast<QComboBox *>(edit->parent()))
        return;
    QStyleOptionFrame opt;
    (edit->*(&LinePeek::initStyleOption))(&opt);
    QRect r = edit->style()->subElementRect(QStyle::SE_LineEditContents, &opt, edit);
    const QMargins m = edit->textMargins();
    r.adjust(m.left() + 2, 0, -(m.right() + 2), 0);
    int sides = 0; // the clear button and other actions sit inside the field
    for (QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (side->isVisible())
            sides += side->width();
    report(edit, edit->placeholderText(), edit->fontMetrics().horizontalAdvance(edit->placeholderText()),
           visibleWidth(edit, r.left(), r.width() - sides), QStringLiteral("wide (placeholder)"));
}

void CutFinder::checkHeader(QWidget *w)
{
    auto *header = static_cast<QHeaderView *>(w);
    if (!header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int i = 0; i < header->count(); ++i) {
        const QString text = header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
        if (header->isSectionHidden(i) || text.isEmpty())
            continue;
        QFont font = header->font();
        if (const QVariant f = header->model()->headerData(i, Qt::Horizontal, Qt::FontRole); f.isValid())
            font = qvariant_cast<QFont>(f);
        int need = QFontMetrics(font).size(0, text).width() + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
            need += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
        report(header, text, need, sectionRoom(header, i), QStringLiteral("wide (column)"));
    }
}

int CutFinder::sectionRoom(const QHeaderView *header, int section) const
{
    const int pos = header->sectionViewportPosition(section);
    const int size = header->sectionSize(section);
    auto *view = qobject_cast<const QAbstractScrollArea *>(header->parentWidget());
    if (view && view->horizontalScrollBar()->maximum() > 0) {
        // A table that scrolls sideways shows a column partly or not at all until it is scrolled
        // to: that is not cut text, as long as the column, scrolled into view, is wide enough and
        // no wider than the view's visible part (which it could then never show whole).
        return std::min(size, visibleWidth(header->viewport(), 0, header->viewport()->width()));
    }
    const int left = std::max(pos, 0);
    const int right = std::min(pos + size, header->viewport()->width());
    return visibleWidth(header->viewport(), left, std::max(0, right - left));
}

int CutFinder::visibleWidth(const QWidget *w, int left, int width) const
{
    int l = w->mapTo(m_window, QPoint(left, 0)).x();
    int r = l + width;
    for (const QWidget *a = w; a && a != m_window; a = a->parentWidget()) {
        const int al = a->mapTo(m_window, QPoint(0, 0)).x();
        l = std::max(l, al);
        r = std::min(r, al + a->width());
    }
    l = std::max(l, 0);
    r = std::min(r, m_window->width());
    return std::max(0, r - l);
}

void CutFinder::report(const QWidget *w, const QString &text, int need, int have, const QString &what)
{
    if (need <= have + slack)
        return;
    const QString line = QStringLiteral("%1: “%2” needs %3 px, is %4 px %5")
                             .arg(pathOf(w), shown(text).left(60))
                             .arg(need)
                             .arg(have)
                             .arg(what.isEmpty() ? QStringLiteral("wide") : what);
    QStringList &list = m_skip && (m_skip == w || m_skip->isAncestorOf(w)) ? m_skipped : m_cuts;
    if (!list.contains(line))
        list << line;
}

} // namespace AssertDesk::Test
