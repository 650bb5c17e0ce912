#pragma once

#include <QObject>
#include <QTemporaryDir>

// Declared apart from its definitions, as the other CLI tests are: moc only ever sees this header.
class TestCliBatch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void quotedCellsAndLineBreaksReadAsValidRows();
    void byteOrderMarkAndSemicolonsAreRecognised();
    void invalidAndRepeatedRowsAreListedWithLineAndColumn();
    void theJsonReportHasTheSameFindings();
    void aMapFileMapsOtherColumnsAndIsRememberedForThem();
    void whatIsNotCsvExitsTwoWithTheLine_data();
    void whatIsNotCsvExitsTwoWithTheLine();
    void withoutDryRunNothingIsPretended();
    void theMatchAndDelimiterCanBeGiven();
    void emptyClearsTurnsEmptyCellsIntoClears();
    void standardInputIsRead();
};
