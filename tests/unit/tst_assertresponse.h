#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestAssertResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vendorExampleIsFullyTyped();
    void everyValueTypeIsReadAsAPersonWould();
    void unknownTypesAndShapesAreKeptNotDropped();
    void outcomeIsWorkedOutWhenNotStated();
    void numericIdStaysExact();
    void notAnAssertResponse_data();
    void notAnAssertResponse();
    void duplicateKeysKeepOneValue();
    void tenMegabyteResponseIsReadWhole();
    void listsCanBeTypedOnDemand();
    void textFormatHasOutcomeFirstAndOneLinePerAttribute();
};
