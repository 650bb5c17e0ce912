#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;
using Session::Draft;
using Session::DraftStore;

namespace {

// Half-typed JSON, as a person leaves it: it must come back character for character.
const QString halfTyped = QStringLiteral("{\n  \"match\": {\"primary_email\": \"half@x.example\"},\n"
                                         "  \"attributes\": {\"first_name\": \"Ïñès\", \"title\":   ");

Draft own(const QString &body, bool edited = true)
{
    return Draft {body, Draft::Origin::Own, 0, edited};
}

} // namespace

// The request being written, kept across runs and set aside (not lost) when another one starts.
class TestDraftStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("d%1/draft.json").arg(++m_files)); }

private Q_SLOTS:
    void anEditIsWrittenAfterAPauseAndReadBackExactly()
    {
        const QString file = newFile();
        {
            DraftStore store(file);
            store.setSaveDelay(100);
            QString error;
            QVERIFY(store.load(&error)); // no file yet: nothing to restore, not an error
            QVERIFY(!store.hasDraft());
            store.start(own(QStringLiteral("{}"), false));
            store.edit(halfTyped);
            QVERIFY(!QFileInfo::exists(file)); // not per keystroke
            QTRY_VERIFY(QFileInfo::exists(file));
        }
        DraftStore again(file);
        QString error;
        QVERIFY2(again.load(&error), qPrintable(error));
        QVERIFY(again.hasDraft());
        QCOMPARE(again.current().body, halfTyped);
        QVERIFY(again.current().edited);
    }

    void theFileIsTheUsersAloneAndHoldsOnlyTheRequest()
    {
        const QString file = newFile();
        DraftStore store(file);
        store.start(Draft {QStringLiteral("{\"match\":{}}"), Draft::Origin::Copy, 42, false});
        QVERIFY(store.flush());
        const QFile::Permissions p = QFileInfo(file).permissions();
        QVERIFY(p & QFile::ReadOwner && p & QFile::WriteOwner);
        QCOMPARE(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject current
            = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String("current")).toObject();
        QCOMPARE(current.keys(),
                 (QStringList {QStringLiteral("body"), QStringLiteral("edited"), QStringLiteral("historyId"),
                               QStringLiteral("origin")}));
        QCOMPARE(current.value(QLatin1String("historyId")).toInt(), 42);
    }

    void startingAnotherRequestSetsTheWorkAsideAndBackBringsItBack()
    {
        DraftStore store({});
        store.start(own(QStringLiteral("{}"), false));
        store.edit(halfTyped);
        QSignalSpy changed(&store, &DraftStore::changed);
        store.start(Draft {QStringLiteral("{\"copy\":1}"), Draft::Origin::Copy, 7, false});
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.setAside());
        QCOMPARE(store.setAside()->body, halfTyped);
        QCOMPARE(store.current().historyId, 7);

        // An untouched copy is in the history: going back drops it instead of setting it aside.
        QVERIFY(store.back());
        QCOMPARE(store.current().body, halfTyped);
        QVERIFY(!store.setAside());
        QVERIFY(!store.back());

        // An edited one is work: going back and forth loses neither.
        store.start(Draft {QStringLiteral("{\"copy\":1}"), Draft::Origin::Copy, 7, false});
        store.edit(QStringLiteral("{\"copy\":2}"));
        QVERIFY(store.back());
        QCOMPARE(store.current().body, halfTyped);
        QCOMPARE(store.setAside()->body, QStringLiteral("{\"copy\":2}"));
        QVERIFY(store.back());
        QCOMPARE(store.current().body, QStringLiteral("{\"copy\":2}"));
        QCOMPARE(store.setAside()->body, halfTyped);
    }

    void anUntouchedRequestIsNotSetAside()
    {
        DraftStore store({});
        store.start(own(QStringLiteral("{}"), false));
        store.edit(QStringLiteral("{}")); // the same text: not an edit
        store.start(Draft {QStringLiteral("{\"ex\":1}"), Draft::Origin::Example, 0, false});
        QVERIFY(!store.setAside());
        QVERIFY(!store.discardedByStart());
    }

    void startSaysWhichEarlierRequestItWouldDrop()
    {
        DraftStore store({});
        store.start(own(QStringLiteral("first")));
        store.start(own(QStringLiteral("second")));
        QCOMPARE(store.setAside()->body, QStringLiteral("first"));
        QVERIFY(store.discardedByStart());
        QCOMPARE(store.discardedByStart()->body, QStringLiteral("first"));
    }

    void theWayBackSurvivesARestartToo()
    {
        const QString file = newFile();
        {
            DraftStore store(file);
            store.start(own(QStringLiteral("mine")));
            store.start(Draft {QStringLiteral("copy"), Draft::Origin::Copy, 3, false});
        } // written when the store goes, as when the app quits
        DraftStore again(file);
        QString error;
        QVERIFY(again.load(&error));
        QCOMPARE(again.current().body, QStringLiteral("copy"));
        QCOMPARE(again.current().origin, Draft::Origin::Copy);
        QVERIFY(again.setAside());
        QCOMPARE(again.setAside()->body, QStringLiteral("mine"));
    }

    void aDamagedFileIsMovedAsideNotOverwritten()
    {
        const QString file = newFile();
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"current\": {\"body\": \"cut of");
        out.close();
        DraftStore store(file);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!store.hasDraft());
        QVERIFY(!QFileInfo::exists(file));
        QFile aside(file + QStringLiteral(".unreadable"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray("{\"current\": {\"body\": \"cut of"));
    }

    void aFailedSaveIsReported()
    {
        // The draft's folder cannot be made: a file is in its way.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DraftStore store(blocker + QStringLiteral("/draft.json"));
        store.setSaveDelay(10);
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        store.start(own(QStringLiteral("x")));
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("could not be saved")));
        QVERIFY(!store.flush());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
