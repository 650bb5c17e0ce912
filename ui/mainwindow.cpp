#include "mainwindow.h"
#include "afterfirstpaint.h"
#include "batchview.h"
#include "contactlookupdialog.h"
#include "contextmenukey.h"
#include "draftbar.h"
#include "draftkeeper.h"
#include "environmentlabel.h"
#include "fileiconengine.h"
#include "historyentryopener.h"
#include "keywarninglabel.h"
#include "noticebanner.h"
#include "panearea.h"
#include "pastbatchesdialog.h"
#include "phoneregionsetting.h"
#include "previewstrip.h"
#include "productionbanner.h"
#include "profilebar.h"

#include "historypanel.h"
#include "keydialog.h"
#include "mainmenus.h"
#include "profiledialog.h"
#include "requestactions.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sandboxactions.h"
#include "sendpresenter.h"
#include "wheelguard.h"

#include "apiclient.h"
#include "buildinfo.h"
#include "draftstore.h"
#include "historyservice.h"
#include "knownstages.h"
#include "mappingstore.h"
#include "matchpreviewer.h"
#include "sendcontroller.h"
#include "visibletext.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
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
    new ContextMenuKey(this);
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
    buildSends();
    wirePanels();
    buildDrafts();
    buildHelpers();
    m_profileBar->reload();
    deferBelowTheFold();
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
    // The images are read when the window system asks for them and not kept afterwards.
    m_afterPaint->add([this] {
        setWindowIcon(QIcon(new FileIconEngine({{QStringLiteral(":/icons/assertdesk-64.png"), QSize(64, 64)},
                                                {QStringLiteral(":/icons/assertdesk-256.png"), QSize(256, 256)}})));
    });
}

void MainWindow::buildPanels()
{
    m_requestPanel = new RequestPanel(FieldCatalogue::builtIn(), KnownStages::apiNames(), this);
    m_requestPanel->setPhoneRegion(PhoneRegionSetting::current());
    m_responsePanel = new ResponsePanel(this);
    m_historyPanel = new HistoryPanel(m_services.history, this);
    m_sender = new SendController(m_services.endpoints, m_services.client, m_services.history, this);
    // Each send is previewed just before it leaves: the history keeps the contact as it was and
    // what was predicted, so a surprise is said and a change can be reverted.
    m_sender->setPreviewFirst(true);
    m_sender->setConfirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Send to production?"), confirmText(question),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    });
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    m_productionBanner = new ProductionBanner(central);
    centralLayout->addWidget(m_productionBanner);
    m_notice = new NoticeBanner(central);
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
    if (m_services.endpoints && m_services.client) {
        m_preview = new PreviewStrip(m_services.endpoints, m_services.client, m_requestPanel);
        m_requestPanel->addBelowForm(m_preview);
    }
    // The pane's heading hands the focus to its buddy only if that takes focus itself: the
    // panel's own focus proxy (the tabs), not the panel.
    column->setFocusProxy(m_requestPanel->focusProxy() ? m_requestPanel->focusProxy() : m_requestPanel);
    return column;
}

void MainWindow::buildDrafts()
{
    Session::DraftStore *store = m_services.drafts ? m_services.drafts : new Session::DraftStore({}, this);
    m_drafts = new DraftKeeper(store, m_requestPanel, m_draftBar, this);
    connect(m_drafts, &DraftKeeper::message, m_notice, &NoticeBanner::showNotice);
    m_drafts->restore();
}

// The window's logic that works on the request and the drafts, each in a class of its own.
void MainWindow::buildHelpers()
{
    m_requestActions = new RequestActions(
        m_services.endpoints, m_services.schemas, m_requestPanel, m_drafts, [this] { return currentProfile(); }, this);
    connect(m_requestActions, &RequestActions::message, this, &MainWindow::showMessage);
    connect(m_requestActions, &RequestActions::schemaLoaded, this, &MainWindow::schemaLoaded);
    m_historyOpener = new HistoryEntryOpener(
        m_services.history, {m_requestPanel, m_responsePanel, m_drafts, m_sends, m_preview},
        [this] { return currentProfile(); }, this);
    connect(m_historyOpener, &HistoryEntryOpener::opened, this, &MainWindow::historyEntryOpened);
    connect(m_historyOpener, &HistoryEntryOpener::message, this, &MainWindow::showMessage);
    m_sandboxActions = new SandboxActions(m_services.sandboxLauncher, m_notice, this);
    connect(m_sandboxActions, &SandboxActions::message, this, &MainWindow::showMessage);
    connect(m_sandboxActions, &SandboxActions::restarted, this,
            [this] { m_environment->showProfile(currentProfile()); });
}

// Send and Cancel are the menus' actions (also the profile bar's button and Ctrl+Enter).
void MainWindow::buildSends()
{
    m_sends = new SendPresenter(
        m_sender, m_requestPanel, m_responsePanel,
        {findChild<QAction *>(QStringLiteral("actionSend")), findChild<QAction *>(QStringLiteral("actionCancel"))},
        [this] { return currentProfile(); }, this);
    connect(m_sends, &SendPresenter::message, this, &MainWindow::showMessage);
    connect(m_sends, &SendPresenter::notice, this, &MainWindow::showNotice);
    connect(m_sends, &SendPresenter::finished, m_historyPanel, &HistoryPanel::reload);
    // What the strip said before the send is now the past: it reads the contact again.
    connect(m_sends, &SendPresenter::finished, this, [this] {
        if (m_preview && m_preview->previewer()->latest())
            previewNow();
    });
    connect(m_sender, &SendController::surprised, this, [this](const QString &what, qint64 historyId) {
        showNotice(tr("Not what the preview said: %1 (history entry %2).").arg(visibleText(what)).arg(historyId));
    });
}

// The question before sending to production says what the latest preview of this request found.
QString MainWindow::confirmText(const QString &question)
{
    const QString preview = m_preview ? m_preview->summaryFor(m_requestPanel->bodyBytes()) : QString();
    return preview.isEmpty() ? question : question + QStringLiteral("\n\n") + visibleText(preview);
}

void MainWindow::previewChanged()
{
    if (!m_preview)
        return;
    if (m_requestPanel->isReviewMode() || !m_requestPanel->textParses())
        return;
    m_preview->requestChanged(currentProfile(), m_requestPanel->bodyText().toUtf8());
}

void MainWindow::previewNow()
{
    if (m_preview && !m_requestPanel->isReviewMode())
        m_preview->previewNow(currentProfile(), m_requestPanel->bodyBytes());
}

void MainWindow::revertHistoryEntry(qint64 id)
{
    m_historyOpener->revert(id);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->showNotice(text);
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    // One line, which may quote the server: every control character is written out.
    statusBar()->showMessage(Contract::visibleText(text), timeoutMs);
}

void MainWindow::buildStatusBar()
{
    m_environment = new EnvironmentLabel(m_services.sandbox, m_afterPaint, this);
    statusBar()->addPermanentWidget(new KeyWarningLabel(m_services.keys, this));
    statusBar()->addPermanentWidget(m_environment);
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
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, &MainWindow::previewChanged);
    connect(m_requestPanel, &RequestPanel::revertRequested, this,
            [this] { revertHistoryEntry(m_historyOpener->reviewing()); });
    connect(m_historyPanel, &HistoryPanel::revertRequested, this, &MainWindow::revertHistoryEntry);
    if (m_preview)
        connect(m_preview, &PreviewStrip::previewRequested, this, &MainWindow::previewNow);
    connect(m_requestPanel, &RequestPanel::sendRequested, m_sends, &SendPresenter::pressSend);
    connect(m_requestPanel, &RequestPanel::cancelRequested, m_sender, &SendController::cancel);
    connect(m_responsePanel, &ResponsePanel::serverProblems, m_requestPanel, &RequestPanel::setServerProblems);
    connect(m_requestPanel, &RequestPanel::editRequested, this, [this] {
        m_drafts->editPast();
        statusBar()->showMessage(tr("Editing a copy of the past assert; Send makes a new one."), 5000);
    });
    connect(m_responsePanel, &ResponsePanel::fieldAtFault, m_requestPanel, &RequestPanel::focusPointer);
    connect(m_historyPanel, &HistoryPanel::openRequested, this, [this](qint64 id) { openHistoryEntry(id, false); });
    connect(m_historyPanel, &HistoryPanel::resendRequested, this, [this](qint64 id) { openHistoryEntry(id, true); });
    connect(m_historyPanel, &HistoryPanel::message, this, [this](const QString &text) { showMessage(text, 8000); });
    connect(m_responsePanel, &ResponsePanel::lookUpRequested, this, &MainWindow::findContact);
    connect(m_profileBar, &ProfileBar::currentChanged, this, &MainWindow::onProfileChanged);
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
    m_sends->updateResponseFreshness();
    previewChanged();
    m_productionBanner->showProfile(p);
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

void MainWindow::resetSandbox()
{
    m_sandboxActions->reset();
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
    m_sends->send();
}

void MainWindow::pressSend()
{
    // Ctrl+Enter is the request's: it never sends a request the person is not looking at.
    if (m_tabs && m_tabs->currentWidget() != m_splitter) {
        showMessage(tr("Ctrl+Enter sends the request: switch to the Request tab first."), 5000);
        return;
    }
    m_sends->pressSend();
}

void MainWindow::openHistoryEntry(qint64 id, bool forEditing)
{
    m_historyOpener->open(id, forEditing);
}

void MainWindow::copyAsCurl()
{
    m_requestActions->copyAsCurl();
}

void MainWindow::pasteRequest()
{
    m_requestActions->pasteRequest();
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

void MainWindow::findContact(const QString &text)
{
    if (!m_services.endpoints || !m_services.client)
        return;
    if (!m_lookup) {
        m_lookup = new ContactLookupDialog(
            m_services.endpoints, m_services.client, [this] { return currentProfile(); }, this);
        connect(m_lookup, &ContactLookupDialog::updateRequested, this, &MainWindow::updateContact);
    }
    m_lookup->lookUp(text);
}

// "Update this contact": a new request matched on its address, the attributes left to the person.
// The request being written is set aside as for File › New request, asking first on the same rule.
void MainWindow::updateContact(const QString &email)
{
    AssertRequest request;
    request.setMatch(QStringLiteral("primary_email"), email);
    if (!m_drafts->startWith(Session::Draft::Origin::Own, 0, false, [&] {
            m_requestPanel->setRequest(request);
            return true;
        }))
        return;
    activateWindow();
    m_requestPanel->setFocus(Qt::OtherFocusReason);
    showMessage(tr("A new request matched on %1: add the fields to change, then send.").arg(email), 8000);
}

void MainWindow::openBatch(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        QSettings settings;
        file = QFileDialog::getOpenFileName(this, tr("Open a batch"),
                                            settings.value(QStringLiteral("batch/folder")).toString(),
                                            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
        settings.setValue(QStringLiteral("batch/folder"), QFileInfo(file).absolutePath());
    }
    buildBatchTab();
    if (m_tabs->indexOf(m_batch) < 0)
        m_tabs->addTab(m_batch, tr("Batch"));
    m_tabs->setCurrentWidget(m_batch);
    m_batch->open(file);
}

void MainWindow::showPastBatches()
{
    buildBatchTab();
    BatchRunner *runner = m_batch->runner();
    if (!runner || !runner->canReopen()) {
        showMessage(tr("Past batches need the history, which is not open."), 8000);
        return;
    }
    PastBatchesDialog dialog(runner, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() <= 0)
        return;
    if (m_tabs->indexOf(m_batch) < 0)
        m_tabs->addTab(m_batch, tr("Batch"));
    m_tabs->setCurrentWidget(m_batch);
    m_batch->reopen(dialog.chosen());
}

// The tabs exist only once a batch is opened: a window that never opens one starts as before.
void MainWindow::buildBatchTab()
{
    if (m_batch)
        return;
    m_tabs = new QTabWidget(centralWidget());
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // replaceWidget hands back the splitter's old layout item, which is ours to delete.
    delete centralWidget()->layout()->replaceWidget(m_splitter, m_tabs);
    m_tabs->addTab(m_splitter, tr("Request"));
    const QString folder
        = m_services.history ? Batch::MappingStore::folderIn(m_services.history->dataDir()) : QString();
    BatchRunner *runner = m_services.batchRunner ? m_services.batchRunner(this) : nullptr;
    m_batch = new BatchView(
        folder, runner, [this] { return currentProfile(); }, m_tabs);
    // Out of sight until it is a tab: File › Past batches… makes it before the batch is chosen.
    m_batch->hide();
    m_tabs->setTabsClosable(true);
    // Only the batch tab closes: the request is always there.
    if (QWidget *button = m_tabs->tabBar()->tabButton(0, QTabBar::RightSide)) {
        button->hide();
        m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_batch)
            return;
        m_batch->cancel();
        m_tabs->removeTab(index);
    });
    connect(m_batch, &BatchView::titleChanged, this, [this](const QString &title) {
        const int index = m_tabs->indexOf(m_batch);
        if (index >= 0)
            m_tabs->setTabText(index, tr("Batch: %1").arg(title));
    });
    connect(m_batch, &BatchView::message, this, &MainWindow::showMessage);
    connect(m_batch, &BatchView::pastBatchesWanted, this, &MainWindow::showPastBatches);
}

void MainWindow::showRequestTab()
{
    if (m_tabs)
        m_tabs->setCurrentWidget(m_splitter);
}

void MainWindow::fetchSchema()
{
    m_requestActions->fetchSchema();
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
