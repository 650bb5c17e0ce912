#pragma once

#include <QObject>

// Declared apart from its definitions: the values are written as raw JSON string literals,
// which moc's lexer misreads, so moc only ever sees this header.
class TestValueChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodValuesHaveNoProblem_data();
    void goodValuesHaveNoProblem();
    void badValuesNameTheProblemAndThePlace_data();
    void badValuesNameTheProblemAndThePlace();
    void everyProblemInAValueIsReported_data();
    void everyProblemInAValueIsReported();
    void phoneNumbersAreReadInTheRegion_data();
    void phoneNumbersAreReadInTheRegion();
    void emailCheckAcceptsWhatThePatternDid();
};
