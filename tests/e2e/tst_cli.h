#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateCleanFileExitsZero();
    void validatePrintsOneTabSeparatedLinePerProblem();
    void validateWarningsOnlyExitsZero();
    void validateJsonOutput();
    void validateUnusableInputExitsTwo_data();
    void validateUnusableInputExitsTwo();
    void validateMissingFileExitsTwo();
    void validateWithSchemaMakesUnknownFieldsErrors();
    void validateReadsPhoneNumbersInTheRegion();
    void validateRefusesARegionWithNoNumberingPlan();
    void validateWithoutThePhoneModuleWarnsAndGoesOn();
    void renderPutsOutcomeFirst();
    void renderCreatedFromStatus();
    void renderJson();
    void renderRefusesWhatIsNotAResponse_data();
    void renderRefusesWhatIsNotAResponse();
    void renderShowsControlCharactersInsteadOfObeyingThem_data();
    void renderShowsControlCharactersInsteadOfObeyingThem();
};
