#include "columnmapping.h"
#include "mappingstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Batch;

// The choices made for a set of columns, kept for the next file with the same columns.
class TestMappingStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString keyOf(const QStringList &header)
    {
        return ColumnMapping::automatic(header, AssertDesk::Contract::FieldCatalogue::builtIn()).headerSetKey();
    }

private Q_SLOTS:
    void aSavedMappingComesBackForTheSameColumns()
    {
        const MappingStore store(MappingStore::folderIn(m_dir.filePath(QStringLiteral("one"))));
        MappingChoices choices;
        choices.set(QStringLiteral("E-Mail"), QStringLiteral("primary_email"));
        choices.set(QStringLiteral("Firma"), std::nullopt);
        choices.setMatch(QStringLiteral("E-Mail"));
        const QStringList header {QStringLiteral("E-Mail"), QStringLiteral("Firma")};
        QString error;
        QVERIFY(!store.load(keyOf(header), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(store.save(keyOf(header), choices, header, &error));

        const auto back = store.load(keyOf({QStringLiteral("firma"), QStringLiteral("e-mail")}), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, choices);
        QVERIFY(!store.load(keyOf({QStringLiteral("E-Mail")}), &error));
        QVERIFY(error.isEmpty());
    }

    void theStoreIsTheUsersAlone()
    {
        const QString folder = MappingStore::folderIn(m_dir.filePath(QStringLiteral("two")));
        const MappingStore store(folder);
        QString error;
        QVERIFY(store.save(QStringLiteral("k"), MappingChoices(), {}, &error));
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
        const QFileInfo file(store.fileFor(QStringLiteral("k")));
        QCOMPARE(file.permissions() & others, QFileDevice::Permissions());
        QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
    }

    void aDamagedMappingIsReportedAndIgnored()
    {
        const QString folder = MappingStore::folderIn(m_dir.filePath(QStringLiteral("three")));
        const MappingStore store(folder);
        QString error;
        QVERIFY(store.save(QStringLiteral("k"), MappingChoices(), {}, &error));
        QFile file(store.fileFor(QStringLiteral("k")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"columns\": ");
        file.close();
        QVERIFY(!store.load(QStringLiteral("k"), &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
