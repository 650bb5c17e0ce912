#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedShape_data();
    void everyDocumentedShape();
    void missingPermissionsAreRead();
    void bareFieldNamesPointIntoTheRequest();
    void locationIndexesAreKeptAsWritten();
    void longTextBodiesAreCutForDisplayButKeptWhole();
};
