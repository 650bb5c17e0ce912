#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestMatchPrediction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noContactMeansCreate();
    void oneContactMeansUpdateOfIt();
    void severalContactsAreAmbiguous();
    void anAnswerOfUnknownShapeIsUnknown_data();
    void anAnswerOfUnknownShapeIsUnknown();
    void aContactWithoutTheAddressIsNoCandidate();
    void surpriseWhenTheOutcomeDiffers();
    void keptAndReadBack();
};
