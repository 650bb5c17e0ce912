#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

namespace {

QString plain(QString text)
{
    // "&&" is a real ampersand; a single one only marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

QString keys(const QAction *action)
{
    QStringList out;
    for (const QKeySequence &key : action->shortcuts())
        out << key.toString(QKeySequence::NativeText);
    return out.join(QLatin1String(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    for (const Line &line : lines(window))
        list->addTopLevelItem(new QTreeWidgetItem(list, {line.where, line.command, line.keys}));
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setCurrentItem(list->topLevelItem(0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(560, 480);
}

void ShortcutsDialog::addMenu(QMenu *menu, const QString &where, QList<Line> *out, QList<QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), where + QStringLiteral(" › ") + plain(action->text()), out, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        seen->append(action);
        out->append({where, plain(action->text()), keys(action)});
    }
}

QList<ShortcutsDialog::Line> ShortcutsDialog::lines(QMainWindow *window)
{
    QList<Line> out;
    QList<QAction *> seen;
    for (QAction *title : window->menuBar()->actions())
        if (title->menu())
            addMenu(title->menu(), plain(title->text()), &out, &seen);
    // Keys that belong to one view (Copy in the response tree, the history's Delete): named by
    // the view they work in.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.append(action);
        QString where;
        for (QObject *owner : action->associatedObjects()) {
            if (auto *widget = qobject_cast<QWidget *>(owner); widget && !qobject_cast<QMenu *>(widget))
                where = widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
        }
        out.append({where.isEmpty() ? tr("Window") : where, plain(action->text()), keys(action)});
    }
    return out;
}

} // namespace AssertDesk::Ui
