#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads some of the raw JSON string
// literals the test data is written in, so moc only ever sees this header.
class TestRequestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFixturesHaveNoProblems_data();
    void validFixturesHaveNoProblems();
    void eachRuleFlagsTheFieldAtFault_data();
    void eachRuleFlagsTheFieldAtFault();
    void phoneNumbersAreReadInTheValidatorsRegion();
    void everyProblemIsReportedNotJustTheFirst();
    void schemaMakesUnknownFieldsErrors();
    void hostileInputGetsAClearVerdict_data();
    void hostileInputGetsAClearVerdict();
    void tenMegabyteBodyIsCheckedWhole();
    void requestBytesAreStable();
    void unknownKeysSurviveTheRoundTrip();
};
