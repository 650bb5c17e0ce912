#include "requestpanel.h"

#include "bodyeditcommand.h"
#include "curltext.h"
#include "notelabel.h"
#include "requestform.h"
#include "statusaccessible.h"
#include "tabmnemonicfocus.h"
#include "undokeyfilter.h"
#include "wrappinglabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

namespace {

// Bodies are small; a hundred steps back is more than anyone retraces, and bounds the memory.
constexpr int undoSteps = 100;

} // namespace

RequestPanel::RequestPanel(const Contract::FieldCatalogue &catalogue, const QStringList &stages, QWidget *parent)
    : QWidget(parent)
    , m_validator(catalogue)
    , m_stages(stages)
    , m_tabs(new QTabWidget(this))
    , m_form(new RequestForm(catalogue, stages, this))
    , m_json(new QPlainTextEdit(this))
    , m_undo(new QUndoStack(this))
    , m_problemList(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_reviewNote(new WrappingLabel(this))
    , m_jsonNote(new WrappingLabel(this))
    , m_discard(new QPushButton(tr("Dis&card JSON edits"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_edit(new QPushButton(tr("Edit &and re-send"), this))
    , m_revert(new QPushButton(tr("Revert this chan&ge"), this))
    , m_progress(new QLabel(this))
    , m_jsonDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("requestPanel"));
    setFocusProxy(m_tabs);
    m_form->setPhoneRegion(m_validator.phoneRegion());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildReviewNote(layout);
    buildTabs(layout);
    buildJsonNote(layout);
    buildProblemList(layout);
    buildButtonBar(layout);
    buildUndo();
    connectViews();
    connectButtons();
    // Empty until the window gives it a request: never a sample that someone could send over a
    // real contact by changing only the match address (the example is loaded on purpose).
    setRequest({});
    m_undo->clear(); // where the window starts is not a step to undo
}

RequestPanel::~RequestPanel()
{
    // Closing the window moves the focus out of a table cell still being edited, which commits it
    // as a form edit; by then this panel is gone.
    disconnect(m_form, nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_json, nullptr, this, nullptr);
}

void RequestPanel::buildReviewNote(QVBoxLayout *layout)
{
    m_reviewNote->setObjectName(QStringLiteral("reviewNote"));
    m_reviewNote->setWordWrap(true);
    paintNote(m_reviewNote, QColor(0xe8, 0xf0, 0xfe), QColor(0x17, 0x4e, 0xa6), false, 6);
    m_reviewNote->hide();
    layout->addWidget(m_reviewNote);
}

// Under both tabs: in the form it says why nothing can be edited, in the JSON tab where to look.
// Not above them, where it would push the text down each time the typing breaks the JSON.
void RequestPanel::buildJsonNote(QVBoxLayout *layout)
{
    m_jsonNote->setObjectName(QStringLiteral("jsonErrorNote"));
    m_jsonNote->setWordWrap(true);
    m_jsonNote->setTextFormat(Qt::PlainText);
    paintNote(m_jsonNote, QColor(0xfc, 0xe8, 0xe6), QColor(0xa5, 0x0e, 0x0e), false, 6);
    m_discard->setObjectName(QStringLiteral("discardJsonEdits"));
    m_discard->setAccessibleName(tr("Discard the JSON edits and go back to the last body that parsed"));
    m_discard->setToolTip(tr("Puts back the last JSON text that parsed; Undo brings these edits back."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_jsonNote, 1);
    row->addWidget(m_discard, 0, Qt::AlignVCenter);
    m_jsonNote->hide();
    m_discard->hide();
    layout->addLayout(row);
}

void RequestPanel::buildTabs(QVBoxLayout *layout)
{
    m_json->setObjectName(QStringLiteral("requestEditor"));
    m_json->setAccessibleName(tr("Request body as JSON"));
    m_json->setTabChangesFocus(true);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setAccessibleName(tr("Request views"));
    m_tabs->addTab(m_form, tr("F&orm"));
    m_tabs->addTab(m_json, tr("&JSON"));
    new TabMnemonicFocus(m_tabs);
    layout->addWidget(m_tabs, 3);
}

void RequestPanel::buildProblemList(QVBoxLayout *layout)
{
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    StatusAccessible::mark(m_summary); // before anything asks for its accessible interface
    m_summary->setAccessibleName(tr("Problems"));
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems in the request"));
    m_problemList->setRootIsDecorated(false);
    m_problemList->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_problemList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problemList->setMaximumHeight(140);
    m_problemList->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *goTo = new QAction(tr("Go to the field"), m_problemList);
    auto *copy = new QAction(tr("Copy the problem"), m_problemList);
    m_problemList->addActions({goTo, copy});
    connect(goTo, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_problemList->currentItem())
            focusPointer(item->text(1));
    });
    connect(copy, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_problemList->currentItem())
            QApplication::clipboard()->setText(item->text(1) + QStringLiteral(": ") + item->text(2));
    });
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
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->hide();
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    bar->addWidget(m_send);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);
    // A past assert's two buttons on a line of their own (empty, and so no height, otherwise):
    // beside Send they made the pane wider than a 1024 px window gives it, in German.
    auto *review = new QHBoxLayout;
    review->addWidget(m_edit);
    review->addWidget(m_revert);
    review->addStretch(1);
    layout->addLayout(review);
}

// One history for both views: the editor's own undo would step through text the form never saw.
void RequestPanel::buildUndo()
{
    m_undo->setObjectName(QStringLiteral("requestUndo"));
    m_undo->setUndoLimit(undoSteps);
    m_json->setUndoRedoEnabled(false);
    m_json->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_json, &QWidget::customContextMenuRequested, this, &RequestPanel::showJsonContextMenu);
    new UndoKeyFilter(
        this, [this] { undo(); }, [this] { redo(); });
}

void RequestPanel::showJsonContextMenu(const QPoint &pos)
{
    QMenu *menu = m_json->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool pending = m_text != m_committed;
    for (QAction *action : menu->actions()) {
        const bool isUndo = action->objectName() == QLatin1String("edit-undo");
        if (!isUndo && action->objectName() != QLatin1String("edit-redo"))
            continue;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this, isUndo ? &RequestPanel::undo : &RequestPanel::redo);
        action->setEnabled(!m_review && (isUndo ? m_undo->canUndo() || pending : m_undo->canRedo() && !pending));
    }
    menu->popup(m_json->viewport()->mapToGlobal(pos));
}

// The form and the JSON editor keep each other up to date.
void RequestPanel::connectViews()
{
    m_jsonDebounce->setSingleShot(true);
    m_jsonDebounce->setInterval(200); // a large paste is parsed once, not per keystroke
    connect(m_jsonDebounce, &QTimer::timeout, this, &RequestPanel::commitJsonEdits);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        m_text = m_json->toPlainText();
        m_jsonDebounce->start();
    });
    // The JSON editor gets the text when its tab is shown: a hidden editor would lay the text
    // out again at every resize of the window. Leaving it, the form takes in what was typed
    // before it can be edited.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_json)
            showTextInEditor();
        else
            commitJsonEdits();
    });
    connectForm();
}

void RequestPanel::connectForm()
{
    connect(m_form, &RequestForm::edited, this, &RequestPanel::fromForm);
}

void RequestPanel::connectButtons()
{
    connect(m_send, &QPushButton::clicked, this, &RequestPanel::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestPanel::cancelRequested);
    connect(m_edit, &QPushButton::clicked, this, &RequestPanel::editRequested);
    connect(m_revert, &QPushButton::clicked, this, &RequestPanel::revertRequested);
    connect(m_discard, &QPushButton::clicked, this, &RequestPanel::discardJsonEdits);
    connect(m_problemList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { focusPointer(item->text(1)); });
}

void RequestPanel::setCatalogue(const Contract::FieldCatalogue &catalogue)
{
    commitJsonEdits();
    m_validator = Contract::RequestValidator(catalogue, m_validator.phoneRegion());
    RequestForm *old = m_form;
    m_form = new RequestForm(catalogue, m_stages, this);
    m_form->setPhoneRegion(m_validator.phoneRegion());
    const int index = m_tabs->indexOf(old);
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, m_form, tr("F&orm"));
    if (current)
        m_tabs->setCurrentIndex(index);
    disconnect(old, nullptr, this, nullptr); // a cell it still had open commits as it goes
    old->deleteLater();
    connectForm();
    // The text stays as written; the new form shows the last body that parsed.
    m_syncing = true;
    m_form->setBody(m_goodBody);
    m_syncing = false;
    check(false);
    m_form->buildRemainingRows();
}

void RequestPanel::setPhoneRegion(const QString &region)
{
    commitJsonEdits();
    m_validator.setPhoneRegion(region);
    m_form->setPhoneRegion(region); // rewrites the text through fromForm when the body changes
    check(false);
}

Contract::AssertRequest RequestPanel::request()
{
    commitJsonEdits();
    return m_request;
}

QByteArray RequestPanel::bodyBytes()
{
    commitJsonEdits();
    return m_text.toUtf8();
}

bool RequestPanel::hasErrors()
{
    commitJsonEdits();
    return Contract::hasErrors(m_problems);
}

const Contract::ValidationProblems &RequestPanel::problems()
{
    commitJsonEdits();
    return m_problems;
}

QString RequestPanel::firstError() const
{
    for (const Contract::ValidationProblem &p : m_problems)
        if (p.isError())
            return p.message;
    return {};
}

void RequestPanel::setRequest(const Contract::AssertRequest &request)
{
    load(QString::fromUtf8(request.toIndentedJson()), tr("Load request"));
}

void RequestPanel::setBodyText(const QString &text)
{
    load(text, tr("Load request"));
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
    load(body, tr("Paste request"));
    return true;
}

void RequestPanel::discardJsonEdits()
{
    commitJsonEdits();
    if (m_parses || m_review)
        return;
    load(m_goodText, tr("Discard JSON edits"));
}

void RequestPanel::undo()
{
    if (m_review)
        return;
    commitJsonEdits(); // typing not parsed yet is the step to undo
    m_undo->undo();
}

void RequestPanel::redo()
{
    if (m_review)
        return;
    commitJsonEdits();
    m_undo->redo();
}

void RequestPanel::fromForm()
{
    // A read-only form shows the last body that parsed: it must never write over the text.
    if (m_syncing || !m_parses || m_review)
        return;
    if (m_text != m_committed) // typed in the JSON tab a moment ago: kept in the history
        record(m_text, nullptr, tr("Edit JSON"));
    const QString text = QString::fromUtf8(QJsonDocument(m_form->body()).toJson(QJsonDocument::Indented));
    // Typing into one field of the form is one step, as in a text editor.
    QWidget *focus = QApplication::focusWidget();
    const bool typing = qobject_cast<QLineEdit *>(focus) && m_form->isAncestorOf(focus);
    record(text, typing ? focus : nullptr, tr("Edit form"));
    setText(text);
    check(false);
}

void RequestPanel::commitJsonEdits()
{
    m_jsonDebounce->stop();
    if (m_text == m_committed)
        return;
    record(m_text, nullptr, tr("Edit JSON"));
    check(true);
}

// A body from outside (a past assert, a paste, the example) replacing the one being edited.
void RequestPanel::load(const QString &text, const QString &stepName)
{
    commitJsonEdits();
    record(text, nullptr, stepName);
    setText(text);
    check(true);
}

void RequestPanel::record(const QString &text, const void *mergeKey, const QString &stepName)
{
    if (text == m_committed)
        return;
    m_undo->push(
        new BodyEditCommand([this](const QString &t) { applyText(t); }, m_committed, text, mergeKey, stepName));
    m_committed = text;
}

// A body from the undo history.
void RequestPanel::applyText(const QString &text)
{
    m_jsonDebounce->stop();
    m_committed = text;
    setText(text);
    check(true);
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
    // The fixed-pitch font is set when the editor is first shown: setting it at start-up loaded
    // the font and laid out the empty editor before the first paint, for a tab no one sees yet.
    if (!m_json->testAttribute(Qt::WA_SetFont))
        m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (!m_editorStale)
        return;
    m_editorStale = false;
    if (m_json->toPlainText() == m_text)
        return;
    // After an undo the cursor stays about where it was rather than jumping to the top.
    const int position = m_json->textCursor().position();
    m_syncing = true;
    m_json->setPlainText(m_text);
    m_syncing = false;
    QTextCursor cursor = m_json->textCursor();
    cursor.setPosition(std::min(position, int(m_text.size())));
    m_json->setTextCursor(cursor);
}

// Checks the text as written, so duplicate keys and broken JSON show up too; text that parses
// becomes the body the form shows.
void RequestPanel::check(bool fillForm)
{
    const auto result = m_validator.validateJson(m_text.toUtf8());
    m_parses = result.usable;
    if (m_parses) {
        m_goodText = m_text;
        m_goodBody = result.body;
        m_request = Contract::AssertRequest::fromJson(result.body);
        if (fillForm) {
            m_syncing = true;
            m_form->setBody(result.body);
            m_syncing = false;
        }
    }
    showProblems(result.problems);
    updateEditability();
}

void RequestPanel::showProblems(const Contract::ValidationProblems &problems)
{
    m_problems = problems;
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
    // An empty list is a tall blank box taking the form's room: the summary line alone says
    // there is nothing to fix, and the list comes back with the first problem.
    m_problemList->setVisible(errors + warnings > 0);
    const QString summary = errors == 0 && warnings == 0 ? tr("No problems found.")
                                                         : tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings)
            + (server.isEmpty() ? QString() : tr(" (%n from the server)", nullptr, int(server.size())));
    if (summary != m_summary->text()) { // announced when the count changes, not at every key
        m_summary->setText(summary);
        StatusAccessible::announce(m_summary);
    }
    updateSendButton();
    Q_EMIT problemsChanged(errors, warnings);
}

void RequestPanel::updateEditability()
{
    const bool readOnly = m_review || !m_parses;
    if (m_form->isReadOnly() != readOnly)
        m_form->setReadOnly(readOnly);
    m_form->setReviewLook(m_review);
    m_json->setReadOnly(m_review);
    if (!m_parses)
        m_jsonNote->setText(
            tr("The JSON text does not parse, so the form is read-only and shows the last body that did. %1")
                .arg(firstError()));
    m_jsonNote->setVisible(!m_parses);
    m_discard->setVisible(!m_parses && !m_review && !m_goodText.isEmpty());
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
    showProblems(m_problems); // the checks' own, with the server's beside them
}

void RequestPanel::setReviewMode(bool review, const QString &note)
{
    m_review = review;
    updateEditability();
    m_reviewNote->setText(note);
    m_reviewNote->setVisible(review && !note.isEmpty());
    m_edit->setVisible(review);
    if (!review)
        m_revert->hide();
    updateSendButton();
}

void RequestPanel::addBelowForm(QWidget *widget)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_summary), widget);
}

void RequestPanel::offerRevert(bool offered, const QString &why)
{
    m_revert->setVisible(m_review && (offered || !why.isEmpty()));
    m_revert->setEnabled(offered);
    m_revert->setToolTip(offered ? tr("Put the inverse of this change in the form, to check and send") : why);
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
