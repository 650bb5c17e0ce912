#include "requestpanel.h"

#include "curltext.h"
#include "notelabel.h"
#include "requestform.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

RequestPanel::RequestPanel(const Contract::FieldCatalogue &catalogue, const QStringList &stages, QWidget *parent)
    : QWidget(parent)
    , m_validator(catalogue)
    , m_stages(stages)
    , m_tabs(new QTabWidget(this))
    , m_form(new RequestForm(catalogue, stages, this))
    , m_json(new QPlainTextEdit(this))
    , m_problemList(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_reviewNote(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_edit(new QPushButton(tr("&Edit and re-send"), this))
    , m_progress(new QLabel(this))
    , m_jsonDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("requestPanel"));
    setFocusProxy(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildReviewNote(layout);
    buildTabs(layout);
    buildProblemList(layout);
    buildButtonBar(layout);
    connectViews();
    connectButtons();
    showExample();
}

void RequestPanel::buildReviewNote(QVBoxLayout *layout)
{
    m_reviewNote->setObjectName(QStringLiteral("reviewNote"));
    m_reviewNote->setWordWrap(true);
    paintNote(m_reviewNote, QColor(0xe8, 0xf0, 0xfe), QColor(0x17, 0x4e, 0xa6), false, 6);
    m_reviewNote->hide();
    layout->addWidget(m_reviewNote);
}

void RequestPanel::buildTabs(QVBoxLayout *layout)
{
    m_json->setObjectName(QStringLiteral("requestEditor"));
    m_json->setAccessibleName(tr("Request body as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setAccessibleName(tr("Request views"));
    m_tabs->addTab(m_form, tr("F&orm"));
    m_tabs->addTab(m_json, tr("&JSON"));
    layout->addWidget(m_tabs, 3);
}

void RequestPanel::buildProblemList(QVBoxLayout *layout)
{
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems in the request"));
    m_problemList->setRootIsDecorated(false);
    m_problemList->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_problemList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problemList->setMaximumHeight(140);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemList, 1);
}

void RequestPanel::buildButtonBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send the assert"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the send"));
    m_cancel->hide();
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setAccessibleName(tr("Edit this past assert and send it again"));
    m_edit->hide();
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    bar->addWidget(m_send);
    bar->addWidget(m_cancel);
    bar->addWidget(m_edit);
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);
}

// The form and the JSON editor keep each other up to date.
void RequestPanel::connectViews()
{
    m_jsonDebounce->setSingleShot(true);
    m_jsonDebounce->setInterval(200); // a large paste is parsed once, not per keystroke
    connect(m_jsonDebounce, &QTimer::timeout, this, &RequestPanel::fromJson);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        m_text = m_json->toPlainText();
        m_jsonDebounce->start();
    });
    // The JSON editor gets the text when its tab is shown: a hidden editor would lay the text
    // out again at every resize of the window.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_json)
            showTextInEditor();
    });
    connect(m_form, &RequestForm::edited, this, &RequestPanel::fromForm);
}

void RequestPanel::connectButtons()
{
    connect(m_send, &QPushButton::clicked, this, &RequestPanel::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestPanel::cancelRequested);
    connect(m_edit, &QPushButton::clicked, this, &RequestPanel::editRequested);
    connect(m_problemList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { focusPointer(item->text(1)); });
}

// A new window starts from a request that can be sent as it is, to show what one looks like.
void RequestPanel::showExample()
{
    Contract::AssertRequest example;
    example.setMatch(QStringLiteral("primary_email"), QStringLiteral("sarah.chen@acme.com"));
    example.setAttribute(QStringLiteral("first_name"), QStringLiteral("Sarah"));
    example.setAttribute(QStringLiteral("last_name"), QStringLiteral("Chen"));
    example.setAttribute(QStringLiteral("title"), QStringLiteral("VP of Engineering"));
    setRequest(example);
}

void RequestPanel::setCatalogue(const Contract::FieldCatalogue &catalogue)
{
    m_validator = Contract::RequestValidator(catalogue);
    RequestForm *old = m_form;
    m_form = new RequestForm(catalogue, m_stages, this);
    const int index = m_tabs->indexOf(old);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, m_form, tr("F&orm"));
    m_tabs->setCurrentIndex(index);
    old->deleteLater();
    connect(m_form, &RequestForm::edited, this, &RequestPanel::fromForm);
    setRequest(m_request);
    m_form->buildRemainingRows();
}

void RequestPanel::setRequest(const Contract::AssertRequest &request)
{
    m_request = request;
    m_syncing = true;
    m_form->setRequest(request);
    m_syncing = false;
    setText(QString::fromUtf8(request.toIndentedJson()));
    revalidate();
}

QString RequestPanel::bodyText() const
{
    return m_text;
}

void RequestPanel::setText(const QString &text)
{
    m_text = text;
    m_editorStale = true;
    if (m_tabs->currentWidget() == m_json)
        showTextInEditor();
}

void RequestPanel::showTextInEditor()
{
    if (!m_editorStale)
        return;
    m_editorStale = false;
    m_syncing = true;
    m_json->setPlainText(m_text);
    m_syncing = false;
}

void RequestPanel::setBodyText(const QString &text)
{
    setText(text);
    fromJson();
}

bool RequestPanel::paste(const QString &text, QString *error)
{
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("curl"))) {
        body = Contract::CurlText::bodyOf(body, error);
        if (body.isEmpty())
            return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The clipboard holds neither a JSON object nor a curl command with one.");
        return false;
    }
    setBodyText(body);
    return true;
}

void RequestPanel::fromForm()
{
    m_request = m_form->request();
    setText(QString::fromUtf8(m_request.toIndentedJson()));
    revalidate();
}

void RequestPanel::fromJson()
{
    m_jsonDebounce->stop();
    const QJsonDocument doc = QJsonDocument::fromJson(m_text.toUtf8());
    if (doc.isObject()) {
        m_request = Contract::AssertRequest::fromJson(doc.object());
        m_syncing = true;
        m_form->setRequest(m_request);
        m_syncing = false;
    }
    revalidate();
}

void RequestPanel::revalidate()
{
    // The JSON text is checked as written, so duplicate keys and broken JSON show up too.
    const auto result = m_validator.validateJson(m_text.toUtf8());
    m_problems = result.problems;
    // The server's problems are shown beside the checks' own, but do not hold Send back: what
    // the server rejected may be fixed on its side (an owner added, a stage's criteria met).
    const Contract::ValidationProblems server = m_server.standing(m_text.toUtf8());
    m_problemList->clear();
    int errors = 0;
    int warnings = 0;
    for (const Contract::ValidationProblem &p : m_problems + server) {
        (p.isError() ? errors : warnings)++;
        auto *item = new QTreeWidgetItem(m_problemList,
                                         {p.isError() ? tr("Error") : tr("Warning"),
                                          p.pointer.isEmpty() ? tr("(whole body)") : p.pointer, p.message});
        item->setToolTip(2, p.message + QStringLiteral(" [") + p.code + QLatin1Char(']'));
    }
    m_form->showProblems(m_problems + server);
    m_summary->setText(
        errors == 0 && warnings == 0 ? tr("No problems found.")
                                     : tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings)
                + (server.isEmpty() ? QString() : tr(" (%n from the server)", nullptr, int(server.size()))));
    updateSendButton();
    Q_EMIT problemsChanged(errors, warnings);
}

bool RequestPanel::hasErrors() const
{
    return Contract::hasErrors(m_problems);
}

void RequestPanel::updateSendButton()
{
    QString reason;
    for (const Contract::ValidationProblem &p : std::as_const(m_problems)) {
        if (p.isError()) {
            reason = tr("Fix this first: %1").arg(p.message);
            break;
        }
    }
    if (m_review)
        reason = tr("This is a past assert; choose Edit and re-send to change and send it.");
    if (m_sending)
        reason = m_sendingReason.isEmpty() ? tr("Sending…") : m_sendingReason;
    m_send->setEnabled(reason.isEmpty());
    m_send->setToolTip(reason.isEmpty() ? tr("Send the assert (Ctrl+Enter)") : reason);
}

void RequestPanel::focusPointer(const QString &pointer)
{
    // The form's tab is shown first: a widget on a hidden tab cannot take the focus.
    m_tabs->setCurrentWidget(m_form);
    if (!m_form->focusPointer(pointer)) {
        m_tabs->setCurrentWidget(m_json); // fills the editor
        m_json->setFocus();
    }
}

void RequestPanel::setServerProblems(const Contract::ValidationProblems &problems, const QJsonObject &sentBody)
{
    m_server.set(problems, sentBody);
    revalidate();
}

void RequestPanel::setReviewMode(bool review, const QString &note)
{
    m_review = review;
    m_form->setReadOnly(review);
    m_json->setReadOnly(review);
    m_reviewNote->setText(note);
    m_reviewNote->setVisible(review && !note.isEmpty());
    m_edit->setVisible(review);
    updateSendButton();
}

void RequestPanel::setSending(bool sending, const QString &reason)
{
    m_sending = sending;
    m_sendingReason = reason;
    m_cancel->setVisible(sending);
    if (!sending)
        m_progress->clear();
    updateSendButton();
}

void RequestPanel::setProgressText(const QString &text)
{
    m_progress->setText(text);
}

} // namespace AssertDesk::Ui
