#include "mainmenus.h"

#include "historypanel.h"
#include "mainwindow.h"
#include "phoneregiondialog.h"
#include "phoneregionsetting.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendcontroller.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTreeView>

namespace AssertDesk::Ui {

using Session::SendController;

QList<QAction *> MainMenus::build(MainWindow *window)
{
    fileMenus(window);
    QAction *send = requestMenu(window);
    QAction *key = profileMenu(window);
    sandboxMenu(window);
    viewMenus(window);
    return {send, key};
}

void MainMenus::fileMenus(MainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), window, &MainWindow::newRequest);
    newRequest->setShortcut(QKeySequence::New);
    newRequest->setObjectName(QStringLiteral("actionNewRequest"));
    QAction *example = file->addAction(tr("&Load an example"), window, &MainWindow::loadExample);
    example->setObjectName(QStringLiteral("actionLoadExample"));
    QAction *batch = file->addAction(tr("Open &batch…"), window, [window] { window->openBatch(); });
    batch->setShortcut(QKeySequence::Open);
    batch->setObjectName(QStringLiteral("actionOpenBatch"));
    QAction *past = file->addAction(tr("&Past batches…"), window, &MainWindow::showPastBatches);
    past->setObjectName(QStringLiteral("actionPastBatches"));
    file->addSeparator();
    // The history's own action: its text says what it exports (all, the filtered, the selected).
    file->addAction(window->historyPanel()->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    QAction *curl = edit->addAction(tr("Copy as c&URL"), window, &MainWindow::copyAsCurl);
    curl->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    curl->setObjectName(QStringLiteral("actionCopyCurl"));
    QAction *paste = edit->addAction(tr("&Paste cURL or JSON"), window, &MainWindow::pasteRequest);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    paste->setObjectName(QStringLiteral("actionPaste"));
}

QAction *MainMenus::requestMenu(MainWindow *window)
{
    QMenu *request = window->menuBar()->addMenu(tr("Re&quest"));
    QAction *send = request->addAction(tr("&Send"), window, &MainWindow::pressSend);
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WindowShortcut);
    send->setObjectName(QStringLiteral("actionSend"));
    QAction *cancel = request->addAction(tr("&Cancel sending"), window->sendController(), &SendController::cancel);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    cancel->setObjectName(QStringLiteral("actionCancel"));
    QAction *preview = request->addAction(tr("Pre&view"), window, &MainWindow::previewNow);
    preview->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    preview->setObjectName(QStringLiteral("actionPreview"));
    request->addSeparator();
    // Ctrl+F is the history's search.
    QAction *find = request->addAction(tr("&Find a contact…"), window, [window] { window->findContact(); });
    find->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    find->setObjectName(QStringLiteral("actionFindContact"));
    window->addAction(send);
    return send;
}

QAction *MainMenus::profileMenu(MainWindow *window)
{
    QMenu *profile = window->menuBar()->addMenu(tr("&Profile"));
    QAction *key = profile->addAction(tr("API &key…"), window, &MainWindow::editKey);
    key->setObjectName(QStringLiteral("actionKey"));
    key->setShortcut(QKeySequence(tr("Ctrl+K")));
    QAction *profilesAction = profile->addAction(tr("&Profiles…"), window, &MainWindow::editProfiles);
    profilesAction->setObjectName(QStringLiteral("actionProfiles"));
    QAction *schema = profile->addAction(tr("Fetch workspace &schema"), window, &MainWindow::fetchSchema);
    schema->setObjectName(QStringLiteral("actionSchema"));
    return key;
}

void MainMenus::sandboxMenu(MainWindow *window)
{
    QMenu *sandbox = window->menuBar()->addMenu(tr("San&dbox"));
    QAction *reset = sandbox->addAction(tr("&Reset sandbox contacts…"), window, &MainWindow::resetSandbox);
    reset->setObjectName(QStringLiteral("actionResetSandbox"));
}

void MainMenus::viewMenus(MainWindow *window)
{
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    QAction *focusHistory = view->addAction(tr("Search &history"), window, [window] {
        window->showRequestTab();
        window->historyPanel()
            ->findChild<QWidget *>(QStringLiteral("historySearch"))
            ->setFocus(Qt::ShortcutFocusReason);
    });
    focusHistory->setShortcut(QKeySequence::Find);
    QAction *focusRequest = view->addAction(tr("&Request"), window, [window] {
        window->showRequestTab();
        window->requestPanel()->setFocus(Qt::ShortcutFocusReason);
    });
    focusRequest->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *focusResponse = view->addAction(tr("Respo&nse"), window, [window] {
        window->showRequestTab();
        window->responsePanel()->treeView()->setFocus(Qt::ShortcutFocusReason);
    });
    focusResponse->setShortcut(QKeySequence(tr("Ctrl+3")));
    view->addSeparator();
    view->addAction(window->historyPanel()->timelineAction());
    QAction *phoneRegion = view->addAction(tr("&Phone number region…"), window, [window] {
        PhoneRegionDialog dialog(PhoneRegionSetting::chosen(), window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        PhoneRegionSetting::choose(dialog.chosen());
        window->requestPanel()->setPhoneRegion(PhoneRegionSetting::current());
    });
    phoneRegion->setObjectName(QStringLiteral("actionPhoneRegion"));

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    // Made when asked for, from the actions as they are then: it cannot fall behind a new command.
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), window, [window] {
        auto *dialog = new ShortcutsDialog(window);
        dialog->show();
        dialog->activateWindow(); // Escape closes it at once, without a click into it first
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Assert Desk"), window, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace AssertDesk::Ui
