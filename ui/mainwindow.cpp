#include "mainwindow.h"
#include "futures.h"
#include "notelabel.h"

#include "curltext.h"
#include "historypanel.h"
#include "keydialog.h"
#include "keyvault.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendcontroller.h"

#include "apiclient.h"
#include "buildinfo.h"
#include "endpointpolicy.h"
#include "historyservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::Secrets;
using namespace AssertDesk::Profiles;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

namespace {

// A pane of the window: a heading whose mnemonic moves the focus into the pane, then the pane.
// Plain widgets rather than group boxes: a group box's frame is drawn from a pixmap stretched
// over the whole pane, which made it the most expensive thing in the first paint.
QWidget *area(const QString &objectName, const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *heading = new QLabel(title, box);
    heading->setObjectName(objectName + QStringLiteral("Heading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    // A label gives the focus only to a buddy that takes it: the pane's focus proxy.
    heading->setBuddy(content->focusProxy() ? content->focusProxy() : content);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return box;
}

QStringList stageNames()
{
    return {QStringLiteral("new"), QStringLiteral("working"), QStringLiteral("qualified"),
            QStringLiteral("unqualified"), QStringLiteral("customer")};
}

} // namespace

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    // Children are made here, not in the initialiser list: adding one sends this window events,
    // and event() must not run before every member has its value.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    // A zero timer fires once the event loop has nothing else to do: work that can wait for the
    // first paint (starting the sandbox, building what is below the fold) runs then.
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(0);
    connect(m_idle, &QTimer::timeout, this, [this] {
        std::vector<std::function<void()>> tasks;
        tasks.swap(m_afterPaint);
        for (auto &task : tasks)
            task();
    });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Assert Desk"));
    // Decoding the icon's images costs more than painting the whole window; the window manager
    // gets it a moment after the first paint (desktops also take it from the .desktop file).
    whenIdleAfterFirstPaint([this] {
        QIcon icon;
        icon.addFile(QStringLiteral(":/icons/assertdesk-64.png"));
        icon.addFile(QStringLiteral(":/icons/assertdesk-256.png"));
        setWindowIcon(icon);
    });

    m_requestPanel = new RequestPanel(FieldCatalogue::builtIn(), stageNames(), this);
    m_responsePanel = new ResponsePanel(this);
    m_historyPanel = new HistoryPanel(services.history, this);
    m_sender = new SendController(services, this);
    m_sender->setConfirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Send to production?"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    });

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    m_productionBanner = new QLabel(central);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    paintNote(m_productionBanner, QColor(0xc5, 0x22, 0x1f), Qt::white, true, 6);
    m_productionBanner->hide();
    centralLayout->addWidget(m_productionBanner);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(area(QStringLiteral("historyArea"), tr("H&istory"), m_historyPanel, m_splitter));
    m_splitter->addWidget(area(QStringLiteral("requestArea"), tr("&Request"), m_requestPanel, m_splitter));
    m_splitter->addWidget(area(QStringLiteral("responseArea"), tr("Respo&nse"), m_responsePanel, m_splitter));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({280, 500, 500});
    m_splitter->setChildrenCollapsible(false);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_environment = new QLabel(this);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_keyWarning = new QLabel(this);
    m_keyWarning->setObjectName(QStringLiteral("sessionKeyWarning"));
    paintNote(m_keyWarning, QColor(), QColor(0xb0, 0x60, 0x00), true, 0);
    m_keyWarning->hide();
    statusBar()->addPermanentWidget(m_keyWarning);
    statusBar()->addPermanentWidget(m_environment);
    if (services.keys) {
        connect(services.keys, &KeyVault::sessionOnlyChanged, this, [this](const QString &warning) {
            m_keyWarning->setText(tr("Key in memory only"));
            m_keyWarning->setToolTip(warning);
            m_keyWarning->show();
        });
    }

    if (services.history) {
        // A long upgrade of the history (rebuilding its search index) says so while it runs; it
        // may have begun before this window existed.
        connect(services.history, &HistoryService::working, m_historyPanel, &HistoryPanel::setNotice);
        if (const QString work = services.history->currentWork(); !work.isEmpty())
            m_historyPanel->setNotice(work);
    }

    createActions();
    reloadProfiles();
    // Form rows below the fold are built once the window is up.
    whenIdleAfterFirstPaint([this] { m_requestPanel->form()->buildRemainingRows(); });
    // A clear button decodes the style's icon when it is enabled; the button shows only once the
    // field has text, so it is added after the first paint.
    whenIdleAfterFirstPaint([this] {
        m_historyPanel->searchField()->setClearButtonEnabled(true);
        m_responsePanel->filterField()->setClearButtonEnabled(true);
    });

    const auto showProblems = [this](int errors, int warnings) {
        statusBar()->showMessage(errors == 0 && warnings == 0
                                     ? tr("Request: no problems")
                                     : tr("Request: %1 error(s), %2 warning(s)").arg(errors).arg(warnings));
    };
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, showProblems);
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, &MainWindow::warmUpConnection);
    connect(m_requestPanel, &RequestPanel::sendRequested, this, &MainWindow::send);
    connect(m_requestPanel, &RequestPanel::cancelRequested, m_sender, &SendController::cancel);
    connect(m_requestPanel, &RequestPanel::editRequested, this, [this] {
        m_requestPanel->setReviewMode(false);
        statusBar()->showMessage(tr("Editing a copy of the past assert; Send makes a new one."), 5000);
    });
    connect(m_sender, &SendController::started, this, [this] {
        m_requestPanel->setSending(true);
        m_responsePanel->showSending(tr("Sending to %1…").arg(currentProfile().name));
    });
    connect(m_sender, &SendController::progress, m_requestPanel, &RequestPanel::setProgressText);
    connect(m_sender, &SendController::finished, this, &MainWindow::onSendFinished);
    connect(m_responsePanel, &ResponsePanel::fieldAtFault, m_requestPanel, &RequestPanel::focusPointer);
    connect(m_historyPanel, &HistoryPanel::openRequested, this, [this](qint64 id) { openHistoryEntry(id, false); });
    connect(m_historyPanel, &HistoryPanel::resendRequested, this, [this](qint64 id) { openHistoryEntry(id, true); });
    connect(m_historyPanel, &HistoryPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &MainWindow::onProfileChanged);

    const auto &problems = m_requestPanel->problems();
    const auto errors = std::count_if(problems.cbegin(), problems.cend(), [](const auto &p) { return p.isError(); });
    showProblems(int(errors), int(problems.size() - errors));
    resize(1280, 800);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // The profile bar: a plain row rather than a QToolBar, whose overflow button decodes a style
    // icon in its constructor, before the first paint.
    auto *toolbar = new QWidget(centralWidget());
    toolbar->setObjectName(QStringLiteral("profileToolbar"));
    auto *bar = new QHBoxLayout(toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Profile:"), toolbar);
    m_profiles = new QComboBox(toolbar);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumContentsLength(16);
    label->setBuddy(m_profiles);
    bar->addWidget(label);
    bar->addWidget(m_profiles);
    const auto addButton = [toolbar, bar](QAction *action) {
        auto *button = new QToolButton(toolbar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        bar->addWidget(button);
    };
    static_cast<QBoxLayout *>(centralWidget()->layout())->insertWidget(0, toolbar);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportHistory = file->addAction(tr("&Export history…"), m_historyPanel, &HistoryPanel::exportSelection);
    exportHistory->setObjectName(QStringLiteral("actionExport"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *curl = edit->addAction(tr("Copy as c&URL"), this, &MainWindow::copyAsCurl);
    curl->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    curl->setObjectName(QStringLiteral("actionCopyCurl"));
    QAction *paste = edit->addAction(tr("&Paste cURL or JSON"), this, &MainWindow::pasteRequest);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    paste->setObjectName(QStringLiteral("actionPaste"));

    QMenu *request = menuBar()->addMenu(tr("Re&quest"));
    QAction *send = request->addAction(tr("&Send"), this, &MainWindow::send);
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WindowShortcut);
    send->setObjectName(QStringLiteral("actionSend"));
    QAction *cancel = request->addAction(tr("&Cancel sending"), m_sender, &SendController::cancel);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    addButton(send);
    addAction(send);

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    QAction *key = profile->addAction(tr("API &key…"), this, &MainWindow::editKey);
    key->setObjectName(QStringLiteral("actionKey"));
    key->setShortcut(QKeySequence(tr("Ctrl+K")));
    addButton(key);
    bar->addStretch(1);
    QAction *profilesAction = profile->addAction(tr("&Profiles…"), this, &MainWindow::editProfiles);
    profilesAction->setObjectName(QStringLiteral("actionProfiles"));
    QAction *schema = profile->addAction(tr("Fetch workspace &schema"), this, &MainWindow::fetchSchema);
    schema->setObjectName(QStringLiteral("actionSchema"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusHistory = view->addAction(tr("Search &history"), this, [this] {
        m_historyPanel->findChild<QWidget *>(QStringLiteral("historySearch"))->setFocus(Qt::ShortcutFocusReason);
    });
    focusHistory->setShortcut(QKeySequence::Find);
    QAction *focusRequest
        = view->addAction(tr("&Request"), this, [this] { m_requestPanel->setFocus(Qt::ShortcutFocusReason); });
    focusRequest->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *focusResponse = view->addAction(
        tr("Respo&nse"), this, [this] { m_responsePanel->treeView()->setFocus(Qt::ShortcutFocusReason); });
    focusResponse->setShortcut(QKeySequence(tr("Ctrl+3")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Assert Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::reloadProfiles()
{
    const QSignalBlocker block(m_profiles);
    const QString current = m_profiles->currentData().toString();
    m_profiles->clear();
    if (m_services.profiles)
        for (const Profile &p : m_services.profiles->profiles())
            m_profiles->addItem(p.production ? p.name + tr(" (production)") : p.name, p.name);
    int i = m_profiles->findData(current.isEmpty() ? QSettings().value(QStringLiteral("ui/profile")).toString()
                                                   : current);
    if (i < 0 && m_services.profiles && m_services.profiles->hasUserProfile()) {
        // Someone with an account of their own starts on it, not on the sandbox.
        for (const Profile &p : m_services.profiles->profiles())
            if (!p.builtIn && i < 0)
                i = m_profiles->findData(p.name);
    }
    m_profiles->setCurrentIndex(i >= 0 ? i : 0);
    onProfileChanged();
}

void MainWindow::selectProfile(const QString &name)
{
    const int i = m_profiles->findData(name);
    if (i >= 0)
        m_profiles->setCurrentIndex(i);
    onProfileChanged();
}

Profile MainWindow::currentProfile() const
{
    if (m_services.profiles)
        if (const auto p = m_services.profiles->profile(m_profiles->currentData().toString()))
            return *p;
    Profile sandbox;
    sandbox.name = ProfileStore::sandboxName();
    sandbox.builtIn = true;
    return sandbox;
}

void MainWindow::onProfileChanged()
{
    const Profile p = currentProfile();
    m_productionBanner->setText(tr("PRODUCTION — %1: sends change real contacts at %2").arg(p.name, p.baseUrl.host()));
    m_productionBanner->setVisible(p.production);
    if (p.isSandbox()) {
        showEnvironment(tr("Sandbox (starting…)"), QUrl());
        // Started once the window is on screen and idle, so it never delays the first paint.
        whenIdleAfterFirstPaint([this] {
            if (!currentProfile().isSandbox() || !m_services.sandbox)
                return;
            whenReady(m_services.sandbox(), this, [this](const SandboxEndpoint &sandbox) {
                if (!currentProfile().isSandbox())
                    return;
                if (sandbox.ok())
                    showEnvironment(tr("Sandbox"), sandbox.baseUrl);
                else
                    showEnvironment(tr("Sandbox not running: %1").arg(sandbox.error), QUrl());
            });
        });
    } else {
        showEnvironment(p.name, p.baseUrl);
        whenIdleAfterFirstPaint([this] { warmUpConnection(); });
    }
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
    if (currentProfile().isSandbox())
        showEnvironment(tr("Sandbox stopped (it starts again on the next send): %1").arg(why), QUrl());
}

void MainWindow::whenIdleAfterFirstPaint(std::function<void()> task)
{
    m_afterPaint.push_back(std::move(task));
    if (m_painted)
        m_idle->start();
}

void MainWindow::showEnvironment(const QString &name, const QUrl &baseUrl)
{
    m_environment->setText(baseUrl.isEmpty() ? name : tr("%1 · %2").arg(name, baseUrl.toString()));
}

void MainWindow::showHistoryNotices(const QStringList &notices)
{
    m_historyPanel->setNotice(notices.join(QLatin1Char('\n')));
}

void MainWindow::send()
{
    if (m_sender->isSending() || m_requestPanel->isReviewMode())
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
    History::whenReady(m_services.history->record(id), this,
                       [this, id, forEditing](const std::optional<HistoryRecord> &record) {
                           if (!record) {
                               statusBar()->showMessage(tr("History entry %1 could not be read.").arg(id), 5000);
                               return;
                           }
                           const QJsonDocument doc = QJsonDocument::fromJson(record->requestBody);
                           m_requestPanel->setReviewMode(false);
                           if (doc.isObject())
                               m_requestPanel->setRequest(AssertRequest::fromJson(doc.object()));
                           else
                               m_requestPanel->setBodyText(QString::fromUtf8(record->requestBody));
                           m_requestPanel->setReviewMode(
                               !forEditing,
                               tr("Reviewing assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.")
                                   .arg(id)
                                   .arg(record->sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        record->profile, record->outcome));
                           m_responsePanel->showRecord(*record);
                           Q_EMIT historyEntryOpened(id);
                       });
}

void MainWindow::copyAsCurl()
{
    const QByteArray body = m_requestPanel->bodyBytes();
    const auto copy = [this, body](const QUrl &base) {
        QGuiApplication::clipboard()->setText(
            Contract::CurlText::command(EndpointPolicy::resolve(base, QStringLiteral("/contact/_assert")), body));
        statusBar()->showMessage(tr("Copied a curl command that reads the key from $ASSERTDESK_API_KEY."), 5000);
    };
    const Profile p = currentProfile();
    if (!p.isSandbox() || !m_services.sandbox) {
        copy(p.isSandbox() ? QUrl(QStringLiteral("http://127.0.0.1/api/v2")) : p.baseUrl);
        return;
    }
    whenReady(m_services.sandbox(), this, [copy](const SandboxEndpoint &sandbox) {
        copy(sandbox.ok() ? sandbox.baseUrl : QUrl(QStringLiteral("http://127.0.0.1/api/v2")));
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
    m_sender->resolve(profile, [this](const QUrl &url, const QString &key, const QString &error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(error, 8000);
            return;
        }
        ApiCall::Options options;
        options.baseUrl = url;
        options.key = key;
        options.timeoutSeconds = currentProfile().timeoutSeconds;
        ApiCall *call = m_services.client->testKey(options, this);
        connect(call, &ApiCall::finished, this, [this, call](const SendResult &r) {
            call->deleteLater();
            FieldCatalogue catalogue = FieldCatalogue::builtIn();
            QString problem;
            if (r.outcome != Outcome::Succeeded || !catalogue.mergeSchema(r.body, &problem)) {
                statusBar()->showMessage(
                    tr("The schema could not be read: %1").arg(problem.isEmpty() ? r.summary : problem), 8000);
                return;
            }
            const QList<FieldSpec> fields = catalogue.writableFields();
            const int custom
                = int(std::count_if(fields.cbegin(), fields.cend(), [](const FieldSpec &f) { return f.custom; }));
            m_requestPanel->setCatalogue(catalogue);
            statusBar()->showMessage(tr("Schema loaded: %1 writable fields, %2 of them custom to this workspace.")
                                         .arg(fields.size())
                                         .arg(custom),
                                     8000);
            Q_EMIT schemaLoaded(int(fields.size()), custom);
        });
        call->start();
    });
}

void MainWindow::editProfiles()
{
    if (!m_services.profiles)
        return;
    ProfileDialog dialog(m_services.profiles, currentProfile().name, this);
    connect(&dialog, &ProfileDialog::profilesChanged, this, &MainWindow::reloadProfiles);
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
    settings.setValue(QStringLiteral("ui/profile"), m_profiles->currentData().toString());
    event->accept();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (!m_painted && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
        m_painted = true;
        // Queued, so the paint that triggered it has finished before anyone reacts; deferred work
        // waits until whatever reacts to the first paint has run.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPaint();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_afterPaint.empty())
                        m_idle->start();
                },
                Qt::QueuedConnection);
        });
    }
    return handled;
}

} // namespace AssertDesk::Ui
