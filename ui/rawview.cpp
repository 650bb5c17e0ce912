#include "rawview.h"

#include "visibletext.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

namespace {

const QString prettyKey = QStringLiteral("response/rawPretty");
const QString wrapKey = QStringLiteral("response/rawWrap");

void newLine(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(2 * depth, ' ');
}

} // namespace

RawView::RawView(QWidget *parent)
    : QWidget(parent)
    , m_pretty(new QCheckBox(tr("Pretty-print"), this))
    , m_wrap(new QCheckBox(tr("Wrap lines"), this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("rawView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_pretty->setObjectName(QStringLiteral("rawPretty"));
    m_pretty->setToolTip(tr("Indent a JSON body. Off: the body exactly as it was received."));
    m_wrap->setObjectName(QStringLiteral("rawWrap"));
    m_wrap->setToolTip(tr("Break long lines at the edge of the pane instead of scrolling sideways."));
    tools->addWidget(m_pretty);
    tools->addWidget(m_wrap);
    tools->addStretch(1);
    layout->addLayout(tools);
    m_text->setObjectName(QStringLiteral("responseRaw"));
    m_text->setAccessibleName(tr("Raw response"));
    m_text->setReadOnly(true);
    layout->addWidget(m_text, 1);
    setFocusProxy(m_text); // Alt+W lands on the text, not on the switches above it
    const QSettings settings;
    m_pretty->setChecked(settings.value(prettyKey, true).toBool());
    m_wrap->setChecked(settings.value(wrapKey, true).toBool());
    m_text->setLineWrapMode(m_wrap->isChecked() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    connect(m_pretty, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(prettyKey, on);
        refill();
    });
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(wrapKey, on);
        m_text->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
}

void RawView::setAnswer(const QString &head, const QByteArray &body, const QString &tail)
{
    m_head = head;
    m_body = body;
    m_tail = tail;
    refill();
}

void RawView::clear()
{
    m_head.clear();
    m_body.clear();
    m_tail.clear();
    m_text->clear();
}

void RawView::refill()
{
    QByteArray body = m_body;
    if (m_pretty->isChecked())
        if (const QByteArray pretty = indented(m_body); !pretty.isEmpty())
            body = pretty;
    // The fixed-pitch font comes with the first answer (the view is hidden until there is one): set
    // at start-up it loaded the font before the first paint. Set before the text, which is then
    // laid out once.
    if (!m_text->testAttribute(Qt::WA_SetFont))
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(m_head + QLatin1Char('\n') + Contract::visibleText(QString::fromUtf8(body), true) + m_tail);
}

QByteArray RawView::indented(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r': break;
        case '"':
            inString = true;
            out += c;
            break;
        case ':': out += ": "; break;
        case ',':
            out += c;
            newLine(out, depth);
            break;
        case '{':
        case '[': {
            // An empty object or list stays on its line.
            qsizetype next = i + 1;
            while (next < json.size() && QByteArrayView(" \t\r\n").contains(json.at(next)))
                ++next;
            if (next < json.size() && (json.at(next) == '}' || json.at(next) == ']')) {
                out += c;
                out += json.at(next);
                i = next;
                break;
            }
            out += c;
            newLine(out, ++depth);
            break;
        }
        case '}':
        case ']':
            newLine(out, --depth);
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

} // namespace AssertDesk::Ui
