#include "mainwindow.h"
#include "afterfirstpaint.h"
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
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"

#include "abstractendpointresolver.h"
#include "apiclient.h"
#include "buildinfo.h"
#include "endpointpolicy.h"
#include "historyreview.h"
#include "historyservice.h"
#include "keyvault.h"
#include "knownstages.h"
#include "schemafetcher.h"
#include "sendcontroller.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
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
    wirePanels();
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
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(new PaneArea(QStringLiteral("historyArea"), tr("H&istory"), m_historyPanel, m_splitter));
    m_splitter->addWidget(new PaneArea(QStringLiteral("requestArea"), tr("&Request"), m_requestPanel, m_splitter));
    m_splitter->addWidget(new PaneArea(QStringLiteral("responseArea"), tr("Respo&nse"), m_responsePanel, m_splitter));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({280, 500, 500});
    m_splitter->setChildrenCollapsible(false);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
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
    connect(m_requestPanel, &RequestPanel::sendRequested, this, &MainWindow::send);
    connect(m_requestPanel, &RequestPanel::editRequested, this, [this] {
        m_requestPanel->setReviewMode(false);
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
    connect(m_sender, &SendController::started, this, [this] {
        m_requestPanel->setSending(true);
        m_responsePanel->showSending(tr("Sending to %1…").arg(currentProfile().name));
    });
    connect(m_sender, &SendController::progress, m_requestPanel, &RequestPanel::setProgressText);
    connect(m_sender, &SendController::finished, this, &MainWindow::onSendFinished);
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
    if (!m_sender->isIdle() || m_requestPanel->isReviewMode())
        return;
    if (m_requestPanel->hasErrors()) {
        statusBar()->showMessage(tr("Not sent: fix the errors listed under the request first."), 5000);
        return;
    }
    m_sender->send(currentProfile(), m_requestPanel->bodyBytes());
}

void MainWindow::onSendFinished(const SendResult &result, const QJsonObject &sentBody, qint64 historyId)
{
    m_requestPanel->setSending(false);
    m_responsePanel->showResult(result, sentBody);
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
        m_requestPanel->setReviewMode(false);
        if (review.request)
            m_requestPanel->setRequest(*review.request);
        else
            m_requestPanel->setBodyText(review.bodyText);
        m_requestPanel->setReviewMode(!forEditing,
                                      tr("Reviewing assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.")
                                          .arg(id)
                                          .arg(review.sentAtLocal, record->profile, record->outcome));
        m_responsePanel->showRecord(*record);
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
    QString error;
    m_requestPanel->setReviewMode(false);
    if (!m_requestPanel->paste(QGuiApplication::clipboard()->text(), &error))
        statusBar()->showMessage(error, 6000);
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
    event->accept();
}

} // namespace AssertDesk::Ui
