#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestContactDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAttributeWithItsKind();
    void listsCompareRowsByAddress();
    void sideEffectsTheContractStates();
    void aCreateSetsTheFieldsAndTheMatchAddress();
    void summaryCountsWhatChanges();
};
