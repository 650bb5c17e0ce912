#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestRevertBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyASucceededUpdateWithABeforeStateReverts_data();
    void onlyASucceededUpdateWithABeforeStateReverts();
    void writesBackEachChangedField();
    void aPrimaryEmailTakesItsListBack();
    void fieldsChangedSinceAreFlaggedAndCanBeLeftOut();
};
