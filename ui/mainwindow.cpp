#include "mainwindow.h"

#include "placeholderpanel.h"
#include "requestpanel.h"

#include "buildinfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QLabel>
#include <QUrl>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

namespace {

QGroupBox *area(const QString &objectName, const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Assert Desk"));
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/assertdesk-64.png"));
    icon.addFile(QStringLiteral(":/icons/assertdesk-256.png"));
    setWindowIcon(icon);

    m_requestPanel = new RequestPanel(this);
    auto *history = new PlaceholderPanel(QStringLiteral("historyPanel"),
                                         tr("No asserts recorded yet.\nEvery assert you send will be listed "
                                            "here, searchable offline."),
                                         this);
    auto *response = new PlaceholderPanel(QStringLiteral("responsePanel"),
                                          tr("Nothing sent yet.\nThe server's answer will show here as a "
                                             "typed tree, with whether the contact was created or updated."),
                                          this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(area(QStringLiteral("historyArea"), tr("&History"), history, m_splitter));
    m_splitter->addWidget(area(QStringLiteral("requestArea"), tr("&Request"), m_requestPanel, m_splitter));
    m_splitter->addWidget(area(QStringLiteral("responseArea"), tr("Res&ponse"), response, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    const auto showProblems = [this](int errors, int warnings) {
        statusBar()->showMessage(errors == 0 && warnings == 0
                                     ? tr("Request: no problems")
                                     : tr("Request: %1 error(s), %2 warning(s)").arg(errors).arg(warnings));
    };
    connect(m_requestPanel, &RequestPanel::problemsChanged, this, showProblems);
    const auto &problems = m_requestPanel->problems();
    const auto errors = std::count_if(problems.cbegin(), problems.cend(), [](const auto &p) { return p.isError(); });
    showProblems(int(errors), int(problems.size() - errors));
    resize(1200, 760);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::showEnvironment(const QString &name, const QUrl &baseUrl)
{
    if (!m_environment) {
        m_environment = new QLabel(this);
        m_environment->setObjectName(QStringLiteral("environmentLabel"));
        m_environment->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(m_environment);
    }
    m_environment->setText(tr("%1 · %2").arg(name, baseUrl.toString()));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Assert Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    event->accept();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
        if (!m_painted) {
            m_painted = true;
            // Queued, so the paint that triggered it has finished before anyone reacts.
            QTimer::singleShot(0, this, &MainWindow::firstPaint);
        }
    }
    return handled;
}

} // namespace AssertDesk::Ui
