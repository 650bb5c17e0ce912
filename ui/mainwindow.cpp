#include "mainwindow.h"
#include "afterfirstpaint.h"
#include "draftbar.h"
#include "draftkeeper.h"
#include "environmentlabel.h"
#include "futures.h"
#include "notelabel.h"
#include "panearea.h"
#include "profilebar.h"

#include "curltext.h"
#include "historypanel.h"
#include "keydialog.h"
#include "mainmenus.h"
#include "profiledialog.h"
#include "question.h"
#include "profilestore.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "wheelguard.h"

#include "abstractendpointresolver.h"
#include "apiclient.h"
#include "buildinfo.h"
#include "draftstore.h"
#include "endpointpolicy.h"
#include "historyreview.h"
#include "historyservice.h"
#include "keyvault.h"
#include "knownstages.h"
#include "sandboxlauncher.h"
#include "schemafetcher.h"
#include "sendcontroller.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleHints>
#include <QUrl>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using namespace AssertDesk::Profiles;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    // Before any widget: the wheel over the form scrolls it, and changes no value under the pointer.
    new WheelGuard(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_afterPaint = new AfterFirstPaint(this);
    connect(m_afterPaint, &AfterFirstPaint::firstPaint, this, &MainWindow::firstPaint);
    buildDeferredIcon();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Assert Desk"));
    buildPanels();
    buildCentral();
    buildStatusBar();
    buildProfileBar(MainMenus::build(this));
    m_sendAction = findChild<QAction *>(QStringLiteral("actionSend"));
    m_cancelAction = findChild<QAction *>(QStringLiteral("actionCancel"));
    if (m_sendAction)
        m_sendAction->setAutoRepeat(false); // a held Ctrl+Enter is one press
    wirePanels();
    buildDrafts();
    m_profileBar->reload();
    deferBelowTheFold();
    wireSender();
    const auto &problems = m_requestPanel->problems();
    const auto errors = std::count_if(problems.cbegin(), problems.cend(), [](const auto &p) { return p.isError(); });
    showProblems(int(errors), int(problems.size() - errors));
    resize(1280, 800);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDeferredIcon()
{
    // Decoding the icon's images costs more than painting the whole window; the window manager
    // gets it a moment after the first paint (desktops also take it from the .desktop file).
    m_afterPaint->add([this] {
        QIcon icon;
        icon.addFile(QStringLiteral(":/icons/assertdesk-64.png"));
        icon.addFile(QStringLiteral(":/icons/assertdesk-256.png"));
        setWindowIcon(icon);
    });
}

void MainWindow::buildPanels()
{
    m_requestPanel = new RequestPanel(FieldCatalogue::builtIn(), KnownStages::apiNames(), this);
    m_responsePanel = new ResponsePanel(this);
    m_historyPanel = new HistoryPanel(m_services.history, this);
    m_sender = new SendController(m_services.endpoints, m_services.client, m_services.history, this);
    m_sender->setConfirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Send to production?"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    });
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    m_productionBanner = new QLabel(central);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    paintNote(m_productionBanner, QColor(0xc5, 0x22, 0x1f), Qt::white, true, 6);
    m_productionBanner->hide();
    centralLayout->addWidget(m_productionBanner);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    paintNote(m_notice, QColor(0xfd, 0xf3, 0xd8), QColor(0x6b, 0x4a, 0x00), false, 6);
    connect(m_notice, &QLabel::linkActivated, m_notice, &QWidget::hide);
    m_notice->hide();
    centralLayout->addWidget(m_notice);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(new PaneArea(QStringLiteral("historyArea"), tr("H&istory"), m_historyPanel, m_splitter));
    m_splitter->addWidget(
        new PaneArea(QStringLiteral("requestArea"), tr("&Request"), buildRequestColumn(), m_splitter));
    m_splitter->addWidget(new PaneArea(QStringLiteral("responseArea"), tr("Respo&nse"), m_responsePanel, m_splitter));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({280, 500, 500});
    m_splitter->setChildrenCollapsible(false);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

// The request and, above it, the bar that offers the way back to a request set aside.
QWidget *MainWindow::buildRequestColumn()
{
    auto *column = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_draftBar = new DraftBar(column);
    layout->addWidget(m_draftBar);
    layout->addWidget(m_requestPanel, 1);
    // The pane's heading hands the focus to its buddy only if that takes focus itself: the
    // panel's own focus proxy (the tabs), not the panel.
    column->setFocusProxy(m_requestPanel->focusProxy() ? m_requestPanel->focusProxy() : m_requestPanel);
    return column;
}

void MainWindow::buildDrafts()
{
    Session::DraftStore *store = m_services.drafts ? m_services.drafts : new Session::DraftStore({}, this);
    m_drafts = new DraftKeeper(store, m_requestPanel, m_draftBar, this);
    connect(m_drafts, &DraftKeeper::message, this, &MainWindow::showNotice);
    m_drafts->restore();
    if (m_services.sandboxLauncher)
        connect(m_services.sandboxLauncher, &SandboxLauncher::dataProblem, this, &MainWindow::sandboxDataProblem);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(QStringLiteral("%1 &nbsp;<a href=\"dismiss\">%2</a>").arg(text.toHtmlEscaped(), tr("Dismiss")));
    m_notice->show();
}

void MainWindow::buildStatusBar()
{
    m_environment = new EnvironmentLabel(m_services.sandbox, m_afterPaint, this);
    m_keyWarning = new QLabel(this);
    m_keyWarning->setObjectName(QStringLiteral("sessionKeyWarning"));
    paintNote(m_keyWarning, QColor(), QColor(0xb0, 0x60, 0x00), true, 0);
    m_keyWarning->hide();
    statusBar()->addPermanentWidget(m_keyWarning);
    statusBar()->addPermanentWidget(m_environment);
    if (m_services.keys) {
        connect(m_services.keys, &Secrets::KeyVault::sessionOnlyChanged, this, [this](const QString &warning) {
            m_keyWarning->setText(tr("Key in memory only"));
            m_keyWarning->setToolTip(warning);
            m_keyWarning->show();
        });
    }
    if (m_services.history) {
        // A long upgrade of the history (rebuilding its search index) says so while it runs; it
        // may have begun before this window existed.
        connect(m_services.history, &HistoryService::working, m_historyPanel, &HistoryPanel::setNotice);
        // Damage found later, an answer the history could not record (and where it is kept).
        connect(m_services.history, &HistoryService::noticed, m_historyPanel, &HistoryPanel::setNotice);
        if (const QString work = m_services.history->currentWork(); !work.isEmpty())
            m_historyPanel->setNotice(work);
    }
}

void MainWindow::buildProfileBar(const QList<QAction *> &buttons)
{
    m_profileBar = new ProfileBar(m_services.profiles, centralWidget());
    for (QAction *action : buttons)
        m_profileBar->addButton(action);
    static_cast<QBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_profileBar);
}

void MainWindow::deferBelowTheFold()
{
    // Form rows below the fold are built once the window is up.
    m_afterPaint->add([this] { m_requestPanel->form()->buildRemainingRows(); });
    // A clear button decodes the style's icon when it is enabled; the button shows only once the
    // field has text, so it is added after the first paint.
    m_afterPaint->add([this] {
        m_historyPanel->searchField()->setClearButtonEnabled(true);
        m_responsePanel->filterField()->setClearButtonEnabled(true);
    });
}

void MainWindow::showProblems(int errors, int warnings)
{
    statusBar()->showMessage(errors == 0 && warnings == 0
                                 ? tr("Request: no problems")
                                 : tr("Request: %1 error(s), %2 warning(s)").arg(errors).arg(warnings));
}

void MainWindow::wirePanels()
{
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, &MainWindow::showProblems);
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, &MainWindow::warmUpConnection);
    connect(m_requestPanel, &RequestPanel::sendRequested, this, &MainWindow::pressSend);
    connect(m_requestPanel, &RequestPanel::editRequested, this, [this] {
        m_drafts->editPast();
        statusBar()->showMessage(tr("Editing a copy of the past assert; Send makes a new one."), 5000);
    });
    connect(m_responsePanel, &ResponsePanel::fieldAtFault, m_requestPanel, &RequestPanel::focusPointer);
    connect(m_historyPanel, &HistoryPanel::openRequested, this, [this](qint64 id) { openHistoryEntry(id, false); });
    connect(m_historyPanel, &HistoryPanel::resendRequested, this, [this](qint64 id) { openHistoryEntry(id, true); });
    connect(m_historyPanel, &HistoryPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_profileBar, &ProfileBar::currentChanged, this, &MainWindow::onProfileChanged);
}

void MainWindow::wireSender()
{
    connect(m_requestPanel, &RequestPanel::cancelRequested, m_sender, &SendController::cancel);
    connect(m_sender, &SendController::stateChanged, this, &MainWindow::showSendState);
    connect(m_sender, &SendController::progress, m_requestPanel, &RequestPanel::setProgressText);
    connect(m_sender, &SendController::progress, m_responsePanel, &ResponsePanel::showProgress);
    connect(m_sender, &SendController::finished, this, &MainWindow::onSendFinished);
    connect(m_responsePanel, &ResponsePanel::serverProblems, m_requestPanel, &RequestPanel::setServerProblems);
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, &MainWindow::updateResponseFreshness);
    showSendState(m_sender->state());
}

QString MainWindow::sendStateText(SendController::State state) const
{
    switch (state) {
    case SendController::State::Idle: return {};
    case SendController::State::Resolving:
        return m_sendingTo == ProfileStore::sandboxName()
            ? tr("Getting the built-in sandbox ready (it starts on first use)…")
            : tr("Getting ready to send to %1: reading its API key…").arg(m_sendingTo);
    case SendController::State::Sending: return tr("Sending to %1…").arg(m_sendingTo);
    case SendController::State::Done: return tr("Reading the answer…");
    }
    return {};
}

// From the press of Send to its outcome, a second Send is off (button, menu and shortcut) and
// says why, and Cancel is on: a double click or a second Ctrl+Enter sends nothing more.
void MainWindow::showSendState(SendController::State state)
{
    const bool busy = state != SendController::State::Idle;
    const QString text = sendStateText(state);
    m_requestPanel->setSending(busy,
                               busy ? text + QLatin1Char(' ') + tr("Send is off until the answer comes.") : QString());
    if (m_sendAction) {
        m_sendAction->setEnabled(!busy);
        m_sendAction->setToolTip(busy ? text : tr("Send the assert (Ctrl+Enter)"));
    }
    if (m_cancelAction)
        m_cancelAction->setEnabled(busy);
    if (state == SendController::State::Resolving || state == SendController::State::Sending)
        m_responsePanel->showSending(text);
}

void MainWindow::selectProfile(const QString &name)
{
    m_profileBar->select(name);
}

Profile MainWindow::currentProfile() const
{
    return m_profileBar->current();
}

void MainWindow::onProfileChanged()
{
    const Profile p = currentProfile();
    updateResponseFreshness();
    m_productionBanner->setText(tr("PRODUCTION — %1: sends change real contacts at %2").arg(p.name, p.baseUrl.host()));
    m_productionBanner->setVisible(p.production);
    m_environment->showProfile(p);
    if (!p.isSandbox())
        m_afterPaint->add([this] { warmUpConnection(); });
}

void MainWindow::warmUpConnection()
{
    // An account's connection is opened while the request is being written, so Send does not
    // wait for the TCP and TLS set-up (the built-in sandbox is on this machine: nothing to gain).
    const Profile p = currentProfile();
    if (!p.isSandbox() && m_services.client)
        m_services.client->warmUp(p.baseUrl);
}

void MainWindow::sandboxStopped(const QString &why)
{
    m_environment->sandboxStopped(why);
}

void MainWindow::sandboxDataProblem(const QString &message)
{
    showNotice(tr("%1 Sandbox › Reset gives it new sample contacts on purpose.").arg(message));
}

void MainWindow::resetSandbox()
{
    SandboxLauncher *launcher = m_services.sandboxLauncher;
    if (!launcher
        || !Question::ask(this, tr("Reset the sandbox?"),
                          tr("The built-in sandbox starts again with new sample contacts. Its current contacts are "
                             "moved aside, not deleted, but history entries sent to the sandbox will point at "
                             "contacts it no longer has."),
                          tr("&Reset")))
        return;
    QString movedTo;
    const QFuture<SandboxEndpoint> started = launcher->reset(&movedTo);
    m_notice->hide();
    statusBar()->showMessage(tr("Resetting the sandbox…"));
    whenReady(started, this, [this, movedTo](const SandboxEndpoint &sandbox) {
        statusBar()->clearMessage();
        if (!sandbox.ok()) {
            showNotice(tr("The sandbox was not reset: %1").arg(sandbox.error));
            return;
        }
        showNotice(movedTo.isEmpty() ? tr("The sandbox was reset: it has new sample contacts.")
                                     : tr("The sandbox was reset: it has new sample contacts; the old ones are in %1.")
                                           .arg(QDir::toNativeSeparators(movedTo)));
        m_environment->showProfile(currentProfile());
    });
}

void MainWindow::showEnvironment(const QString &name, const QUrl &baseUrl)
{
    m_environment->showEnvironment(name, baseUrl);
}

void MainWindow::showHistoryNotices(const QStringList &notices)
{
    m_historyPanel->setNotice(notices.join(QLatin1Char('\n')));
}

void MainWindow::send()
{
    if (!m_sender->isIdle()) {
        statusBar()->showMessage(tr("Already sending; this press sent nothing more."), 5000);
        return;
    }
    if (m_requestPanel->isReviewMode())
        return;
    if (m_requestPanel->hasErrors()) {
        statusBar()->showMessage(tr("Not sent: %1").arg(m_requestPanel->firstError()), 8000);
        return;
    }
    const Profile profile = currentProfile();
    m_sendingTo = profile.name;
    m_sender->send(profile, m_requestPanel->bodyBytes());
}

void MainWindow::pressSend()
{
    const QByteArray body = m_requestPanel->bodyBytes();
    const bool again = m_lastPress.isValid()
        && m_lastPress.elapsed() < QGuiApplication::styleHints()->mouseDoubleClickInterval()
        && body == m_lastPressedBody;
    m_lastPress.start();
    m_lastPressedBody = body;
    if (again) {
        statusBar()->showMessage(tr("Send was pressed twice; the request was sent once."), 5000);
        return;
    }
    send();
}

void MainWindow::answerShown(const QJsonObject &requestBody, const QByteArray &requestText, const QString &profile)
{
    m_answeredBody = requestBody;
    m_answeredText = requestText;
    m_answeredProfile = profile;
    m_requestPanel->setServerProblems({}, {}); // a rejection in the new answer marks its own
}

void MainWindow::updateResponseFreshness()
{
    if (!m_responsePanel->hasAnswer())
        return;
    const QByteArray text = m_requestPanel->bodyText().toUtf8();
    const bool sameRequest = QJsonDocument::fromJson(text).isObject()
        ? QJsonDocument::fromJson(m_requestPanel->bodyBytes()).object() == m_answeredBody
        : text == m_answeredText;
    m_responsePanel->setStale(!sameRequest || currentProfile().name != m_answeredProfile);
}

void MainWindow::onSendFinished(const SendResult &result, const QJsonObject &sentBody, qint64 historyId)
{
    answerShown(sentBody, QJsonDocument(sentBody).toJson(QJsonDocument::Compact), m_sendingTo);
    m_responsePanel->showResult(result, sentBody);
    updateResponseFreshness();
    m_historyPanel->reload();
    statusBar()->showMessage(
        historyId > 0 ? tr("%1; recorded in the history as #%2.").arg(outcomeName(result.outcome)).arg(historyId)
                      : outcomeName(result.outcome),
        8000);
}

void MainWindow::openHistoryEntry(qint64 id, bool forEditing)
{
    whenReady(m_services.history->record(id), this, [this, id, forEditing](const std::optional<HistoryRecord> &record) {
        if (!record) {
            statusBar()->showMessage(tr("History entry %1 could not be read.").arg(id), 5000);
            return;
        }
        const HistoryReview review = HistoryReview::fromRecord(*record);
        const auto load = [this, review] {
            if (review.request)
                m_requestPanel->setRequest(*review.request);
            else
                m_requestPanel->setBodyText(review.bodyText);
        };
        // The request being written is kept either way, and the bar above offers the way back.
        if (forEditing) {
            if (!m_drafts->startWith(Session::Draft::Origin::Copy, id, false, [&load] {
                    load();
                    return true;
                }))
                return;
        } else {
            m_drafts->showPast(id, [&] {
                m_requestPanel->setReviewMode(false);
                load();
                m_requestPanel->setReviewMode(
                    true,
                    tr("Reviewing assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.")
                        .arg(id)
                        .arg(review.sentAtLocal, record->profile, record->outcome));
            });
        }
        answerShown(QJsonDocument::fromJson(record->requestBody).object(), record->requestBody, currentProfile().name);
        m_responsePanel->showRecord(*record);
        updateResponseFreshness();
        Q_EMIT historyEntryOpened(id);
    });
}

void MainWindow::copyAsCurl()
{
    m_services.endpoints->locate(currentProfile(), this, [this, body = m_requestPanel->bodyBytes()](const QUrl &base) {
        QGuiApplication::clipboard()->setText(
            Contract::CurlText::command(Net::EndpointPolicy::resolve(base, QStringLiteral("/contact/_assert")), body));
        statusBar()->showMessage(tr("Copied a curl command that reads the key from $ASSERTDESK_API_KEY."), 5000);
    });
}

void MainWindow::pasteRequest()
{
    // A pasted request is a new one: the one being written is set aside, not overwritten.
    QString error;
    const QString text = QGuiApplication::clipboard()->text();
    m_drafts->startWith(Session::Draft::Origin::Own, 0, true, [&] { return m_requestPanel->paste(text, &error); });
    if (!error.isEmpty())
        statusBar()->showMessage(error, 6000);
}

void MainWindow::newRequest()
{
    if (m_drafts->newRequest())
        m_requestPanel->setFocus(Qt::OtherFocusReason);
}

void MainWindow::loadExample()
{
    m_drafts->loadExample();
}

void MainWindow::fetchSchema()
{
    const Profile profile = currentProfile();
    statusBar()->showMessage(tr("Reading the contact schema of %1…").arg(profile.name));
    m_services.schemas->fetch(profile, this, [this](const SchemaFetcher::Result &result) {
        if (!result.ok()) {
            statusBar()->showMessage(result.error, 8000);
            return;
        }
        m_requestPanel->setCatalogue(result.catalogue);
        statusBar()->showMessage(tr("Schema loaded: %1 writable fields, %2 of them custom to this workspace.")
                                     .arg(result.writableFields)
                                     .arg(result.customFields),
                                 8000);
        Q_EMIT schemaLoaded(result.writableFields, result.customFields);
    });
}

void MainWindow::editProfiles()
{
    if (!m_services.profileService)
        return;
    ProfileDialog dialog(m_services.profileService, currentProfile().name, this);
    connect(&dialog, &ProfileDialog::profilesChanged, m_profileBar, &ProfileBar::reload);
    dialog.exec();
}

void MainWindow::editKey()
{
    KeyDialog dialog(m_services, currentProfile(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Assert Desk"),
                       tr("<h3>Assert Desk %1</h3><p>Build, check and send contact assert (upsert) requests "
                          "to the Reevo Public API v2.</p>")
                           .arg(QStringLiteral(ASSERTDESK_VERSION)));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_profileBar->rememberCurrent();
    m_drafts->flush();
    event->accept();
}

} // namespace AssertDesk::Ui
