#include "findchild.h"

#include "fieldcatalogue.h"
#include "knownstages.h"
#include "requestform.h"
#include "requestpanel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>

using namespace AssertDesk;

namespace {

// Every request fixture and every seed of the request fuzzer: what users write and what the
// validator is fuzzed with, including the shapes the form cannot show in its own widgets.
const QStringList folders {QStringLiteral(ASSERTDESK_TEST_DATA "/requests"),
                           QStringLiteral(ASSERTDESK_TEST_DATA "/../fuzz/corpus/request")};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The body as a parsed document, written compactly with its keys sorted, so two bodies that hold
// the same values compare equal and a difference shows both sides.
QByteArray parsed(const QString &text)
{
    return compact(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace

// JSON -> form -> JSON gives back what was written: whatever the form cannot show in its widgets
// it keeps as written, and a user's edit of one field changes that field alone.
class TestRequestRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFormGivesBackWhatWasWritten_data() { addFiles(); }

    void theFormGivesBackWhatWasWritten()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        Ui::RequestPanel panel(Contract::FieldCatalogue::builtIn(), Contract::KnownStages::apiNames());
        panel.setBodyText(text);
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        // The form rebuilds the body from its rows, as it does after any edit of it.
        Q_EMIT panel.form()->edited();
        if (!doc.isObject()) {
            // Nothing the form holds may overwrite text it cannot show.
            QCOMPARE(panel.bodyText(), text);
            return;
        }
        QCOMPARE(parsed(panel.bodyText()), compact(doc.object()));
        QCOMPARE(compact(QJsonDocument::fromJson(panel.bodyBytes()).object()), compact(doc.object()));
    }

    void anEditChangesOnlyTheFieldEdited_data() { addFiles(); }

    void anEditChangesOnlyTheFieldEdited()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        Ui::RequestPanel panel(Contract::FieldCatalogue::builtIn(), Contract::KnownStages::apiNames());
        panel.setBodyText(text);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        FIND_CHILD(QLineEdit, first, &panel, "edit_first_name");
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isObject()) {
            // Text that is not a request body leaves the form read-only: typing changes nothing.
            QTest::keyClicks(first, QStringLiteral("Zed"));
            QCOMPARE(panel.bodyText(), text);
            QVERIFY(first->isReadOnly() || !first->isEnabled());
            return;
        }
        QTest::keyClicks(first, QStringLiteral("Zed"));
        QJsonObject expected = doc.object();
        QJsonObject attributes = expected.value(QStringLiteral("attributes")).toObject();
        attributes.insert(QStringLiteral("first_name"), first->text());
        expected.insert(QStringLiteral("attributes"), attributes);
        QCOMPARE(parsed(panel.bodyText()), compact(expected));
    }

private:
    static void addFiles()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        int files = 0;
        for (const QString &folder : folders) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QFile f(dir.filePath(name));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                const QString row = dir.dirName() + QLatin1Char('/') + name;
                QTest::newRow(qPrintable(row)) << f.fileName() << QString::fromUtf8(f.readAll());
                ++files;
            }
        }
        // A moved folder must not turn this into a test of nothing.
        QVERIFY2(files >= 4, qPrintable(folders.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestRequestRoundTrip)
#include "tst_requestroundtrip.moc"
