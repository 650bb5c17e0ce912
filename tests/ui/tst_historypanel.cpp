#include "appfixture.h"
#include "findchild.h"
#include "historyfill.h"

#include "historycolumns.h"
#include "historypanel.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;
using History::HistoryModel;
using Test::HistoryFill;
using Ui::HistoryPanel;

namespace {

const QString kLongEmail = QStringLiteral("sarah.chen@acme.example");

// Three sends: a create and an update of c-1, and one refused.
void fillThree(History::HistoryService *history)
{
    HistoryFill fill(history);
    fill.created({QStringLiteral("Sandbox"), kLongEmail, R"({"title":"CTO"})", {}}, QStringLiteral("c-1"));
    fill.updated({QStringLiteral("Acme Production"), kLongEmail, R"({"title":"VP"})",
                  HistoryFill::contact(QStringLiteral("c-1"), {{QStringLiteral("title"), QStringLiteral("CTO")}})},
                 QStringLiteral("c-1"));
    fill.rejected({QStringLiteral("Sandbox"), QStringLiteral("new@x.example"), R"({"title":"?"})", {}},
                  QStringLiteral("field_value_invalid"));
}

bool loaded(HistoryPanel &panel, int rows)
{
    return QTest::qWaitFor([&] { return panel.model()->rowCount() == rows && !panel.model()->isLoading(); }, 5000);
}

QString exportText(const HistoryPanel &panel)
{
    return panel.exportAction()->text().remove(QLatin1Char('&'));
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_historypanel"));
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void atTheDefaultSizesTheTimeAndTheContactShowWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    // Issue 18: the time (the part that differs) and the contact were cut or scrolled away.
    void atTheDefaultSizesTheTimeAndTheContactShowWhole()
    {
        QFETCH(QSize, size);
        Test::AppFixture app;
        fillThree(app.history.get());
        Ui::MainWindow window(app.services);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HistoryPanel *panel = window.historyPanel();
        QVERIFY(loaded(*panel, 3));
        QTableView *view = panel->view();
        QTRY_VERIFY(view->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
        for (int column : {int(HistoryModel::Sent), int(HistoryModel::Match)}) {
            const QString text = panel->model()->index(0, column).data().toString();
            QVERIFY(!text.isEmpty());
            QTRY_VERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(column),
                         qPrintable(QStringLiteral("\"%1\" is cut to %2 px").arg(text).arg(view->columnWidth(column))));
            const int right = view->columnViewportPosition(column) + view->columnWidth(column);
            QVERIFY2(right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        }
        // The last column shown takes the rest of the pane.
        const int last = HistoryModel::Error;
        QCOMPARE(view->columnViewportPosition(last) + view->columnWidth(last) >= view->viewport()->width(), true);
        // Each filter as wide as its longest choice: "Any outcome", not "Any outcom".
        for (const char *name : {"historyOutcome", "historyAction", "historySince"}) {
            auto *combo = window.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY2(combo, name);
            QVERIFY2(combo->width() >= combo->sizeHint().width(), name);
        }
        // The profile filter: "Any profile" whole; a long profile name may be cut, not the pane widened.
        FIND_CHILD(QComboBox, profile, &window, "historyProfile");
        QTRY_COMPARE(profile->count(), 3);
        QVERIFY(profile->width() >= profile->minimumSizeHint().width());
        QVERIFY(profile->width() > profile->fontMetrics().horizontalAdvance(profile->itemText(0)) + 20);
    }

    void theColumnChoiceIsKept()
    {
        Test::AppFixture app;
        fillThree(app.history.get());
        {
            HistoryPanel panel(app.history.get());
            QVERIFY(loaded(panel, 3));
            auto *toggle = panel.view()->findChild<QAction *>(QStringLiteral("historyColumn_profile"));
            QVERIFY(toggle);
            QCOMPARE(toggle->text(), QStringLiteral("Profile"));
            QVERIFY(toggle->isChecked());
            toggle->trigger(); // as a click in the header's menu does
            QVERIFY(panel.view()->isColumnHidden(HistoryModel::Profile));
            // A new filter reloads the table; the column stays hidden.
            panel.searchField()->setText(QStringLiteral("acme.example"));
            QVERIFY(loaded(panel, 2));
            QVERIFY(panel.view()->isColumnHidden(HistoryModel::Profile));
            QVERIFY(!panel.view()->isColumnHidden(HistoryModel::Match));
            // The time tells the rows apart: it cannot be hidden.
            auto *sent = panel.view()->findChild<QAction *>(QStringLiteral("historyColumn_sent"));
            QVERIFY(sent && !sent->isEnabled());
        }
        QCOMPARE(QSettings().value(QLatin1String(Ui::HistoryColumns::kSettingsKey)).toStringList(),
                 QStringList {QStringLiteral("profile")});
        HistoryPanel again(app.history.get());
        QVERIFY(loaded(again, 3));
        QVERIFY(again.view()->isColumnHidden(HistoryModel::Profile));
        auto *toggle = again.view()->findChild<QAction *>(QStringLiteral("historyColumn_profile"));
        QVERIFY(toggle && !toggle->isChecked());
        toggle->trigger();
        QVERIFY(!again.view()->isColumnHidden(HistoryModel::Profile));
        QVERIFY(QSettings().value(QLatin1String(Ui::HistoryColumns::kSettingsKey)).toStringList().isEmpty());
    }

    void aFilterThatLeavesNothingSaysSo()
    {
        Test::AppFixture app;
        fillThree(app.history.get());
        HistoryPanel panel(app.history.get());
        panel.resize(400, 500);
        panel.show();
        QVERIFY(loaded(panel, 3));
        FIND_CHILD(QStackedWidget, stack, &panel, "historyStack");
        QCOMPARE(stack->currentWidget(), panel.view());
        FIND_CHILD(QComboBox, outcome, &panel, "historyOutcome");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("cancelled")));
        QVERIFY(loaded(panel, 0));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyEmpty"));
        FIND_CHILD(QLabel, text, &panel, "historyEmptyText");
        QCOMPARE(text->text(), QStringLiteral("No entries match these filters."));
        FIND_CHILD(QPushButton, clear, &panel, "historyClearFilters");
        QVERIFY(clear->isVisible());
        QCOMPARE(clear->text(), QStringLiteral("Clear filters"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(loaded(panel, 3));
        QTRY_COMPARE(stack->currentWidget(), panel.view());
        QCOMPARE(outcome->currentIndex(), 0);
        QVERIFY(panel.searchField()->text().isEmpty());
    }

    void theProfileFilterShowsOneProfilesSends()
    {
        Test::AppFixture app;
        fillThree(app.history.get());
        HistoryPanel panel(app.history.get());
        QVERIFY(loaded(panel, 3));
        FIND_CHILD(QComboBox, profile, &panel, "historyProfile");
        QTRY_COMPARE(profile->count(), 3); // any, and the two profiles the history has sends from
        QCOMPARE(profile->itemText(0), QStringLiteral("Any profile"));
        const int production = profile->findText(QStringLiteral("Acme Production"));
        QVERIFY(production > 0);
        profile->setCurrentIndex(production);
        QVERIFY(loaded(panel, 1));
        QCOMPARE(panel.model()->index(0, HistoryModel::Profile).data().toString(), QStringLiteral("Acme Production"));
        QCOMPARE(panel.model()->index(0, HistoryModel::Action).data().toString(), QStringLiteral("updated"));
    }

    // A create matched nothing: its "Matched by" is empty, its address still shows as the contact.
    void matchedByIsEmptyForACreate()
    {
        Test::AppFixture app;
        fillThree(app.history.get());
        HistoryPanel panel(app.history.get());
        QVERIFY(loaded(panel, 3));
        const HistoryModel *m = panel.model();
        QCOMPARE(m->headerData(HistoryModel::MatchedBy, Qt::Horizontal).toString(), QStringLiteral("Matched by"));
        for (int row = 0; row < 3; ++row) {
            const QString action = m->index(row, HistoryModel::Action).data().toString();
            const QString matched = m->index(row, HistoryModel::MatchedBy).data().toString();
            if (action == QLatin1String("updated"))
                QCOMPARE(matched, QStringLiteral("contact_emails = ") + kLongEmail);
            else
                QVERIFY2(matched.isEmpty(), qPrintable(action + QLatin1String(": ") + matched));
            QVERIFY(!m->index(row, HistoryModel::Match).data().toString().isEmpty());
        }
    }

    void theExportSaysWhatItExportsAndIsPrivate()
    {
        Test::AppFixture app;
        fillThree(app.history.get());
        HistoryPanel panel(app.history.get());
        panel.show();
        QVERIFY(loaded(panel, 3));
        QCOMPARE(exportText(panel), QStringLiteral("Export all history…"));
        FIND_CHILD(QComboBox, outcome, &panel, "historyOutcome");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("succeeded")));
        QVERIFY(loaded(panel, 2));
        QTRY_COMPARE(exportText(panel), QStringLiteral("Export the 2 filtered entries…"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
        QVERIFY(loaded(panel, 1));
        QTRY_COMPARE(exportText(panel), QStringLiteral("Export the 1 filtered entry…"));
        panel.clearFilters();
        QVERIFY(loaded(panel, 3));
        QCOMPARE(exportText(panel), QStringLiteral("Export all history…"));
        panel.view()->selectRow(0);
        QCOMPARE(exportText(panel), QStringLiteral("Export the selected entry…"));
        panel.view()->selectionModel()->select(panel.model()->index(2, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(exportText(panel), QStringLiteral("Export the 2 selected entries…"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.jsonl"));
        QString asked;
        panel.setSaveFileChooser([&](const QString &title, const QString &) {
            asked = title;
            return path;
        });
        QSignalSpy exported(&panel, &HistoryPanel::exported);
        QSignalSpy said(&panel, &HistoryPanel::message);
        panel.exportAction()->trigger();
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(asked, QStringLiteral("Export the 2 selected entries…"));
        QCOMPARE(exported.first().at(0).toInt(), 2);
        QFile file(path);
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 2);
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.first().at(0).toString().contains(QStringLiteral("Exported 2 entries")),
                 qPrintable(said.first().at(0).toString()));
        QVERIFY(said.first().at(0).toString().contains(QStringLiteral("readable by you alone")));
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
