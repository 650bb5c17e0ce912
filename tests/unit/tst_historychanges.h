#pragma once

#include <QObject>
#include <QTemporaryDir>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestHistoryChanges final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void beforeStateAndPredictionAreKeptWithTheEntry();
    void aSurpriseIsMarkedAndFound();
    void aContactsChangesNewestFirstOffline();
    void aVersionThreeHistoryUpgradesAndItsRowsStayReadable();
};
