#include "requestpanel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

namespace {
const char *kExample = R"({
  "match": { "primary_email": "sarah.chen@acme.com" },
  "attributes": {
    "first_name": "Sarah",
    "last_name": "Chen",
    "title": "VP of Engineering"
  }
}
)";
} // namespace

RequestPanel::RequestPanel(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_problemList(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("requestPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *caption = new QLabel(tr("Request body (JSON)"), this);
    caption->setBuddy(m_editor);
    m_editor->setObjectName(QStringLiteral("requestEditor"));
    m_editor->setAccessibleName(tr("Request body"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(QString::fromUtf8(kExample));

    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems in the request"));
    m_problemList->setRootIsDecorated(false);
    m_problemList->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_problemList->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    layout->addWidget(caption);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemList, 1);

    // Validation of a large paste must not run on every keystroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &RequestPanel::revalidate);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    revalidate();
}

QString RequestPanel::bodyText() const
{
    return m_editor->toPlainText();
}

void RequestPanel::setBodyText(const QString &text)
{
    m_editor->setPlainText(text);
    revalidate();
}

void RequestPanel::revalidate()
{
    m_debounce->stop();
    const auto result = m_validator.validateJson(m_editor->toPlainText().toUtf8());
    m_problems = result.problems;
    m_problemList->clear();
    int errors = 0;
    int warnings = 0;
    for (const Core::ValidationProblem &p : std::as_const(m_problems)) {
        (p.isError() ? errors : warnings)++;
        auto *item = new QTreeWidgetItem(m_problemList, {p.isError() ? tr("Error") : tr("Warning"),
                                                         p.pointer.isEmpty() ? tr("(whole body)") : p.pointer,
                                                         p.message});
        item->setToolTip(2, p.code);
    }
    m_summary->setText(errors == 0 && warnings == 0 ? tr("No problems found.")
                                                    : tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings));
    Q_EMIT problemsChanged(errors, warnings);
}

} // namespace AssertDesk::Ui
