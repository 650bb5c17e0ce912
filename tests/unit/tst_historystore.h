#pragma once

#include "historystore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestHistoryStore final : public QObject
{
    Q_OBJECT

private:
    qint64 record(AssertDesk::History::HistoryStore &store, const AssertDesk::History::HistoryIntent &i,
                  const AssertDesk::Contract::SendResult &r);
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    // The frozen version 1 schema and rows of tests/data/history/v1.sql, in dataDir().
    void writeVersionOneHistory();
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();
    void opensPrivateWalDatabaseAtCurrentSchema();
    void attemptIsRecordedBeforeAndCompletedAfter();
    void largeBodiesAreCompressedAndCapped();
    void searchFiltersAndTimeline();
    void searchWordsKeepEmailsWholeAndInParts();
    void crashLeavesAnInterruptedRow();
    void secondInstanceIsReadOnlyAndSaysSo();
    void damagedFileIsMovedAsideIntact();
    void migratesAVersionOneHistory();
    void serviceSaysWhileItUpgrades();
    void newerSchemaIsRefusedNotDamaged();
    void exportsNeverCarryAKeyAndReadBack();
    void exportGuardsCellsStartingWithATabOrAReturn();
    void modelLoadsLazily();
    void eachTaskOfTheServiceGetsItsOwnError();
    void theWindowsExportIsForItsOwnerOnly();
};
