#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestJsonScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsDuplicateKeysWhereTheyAre();
    void escapedKeysAreComparedDecoded();
    void findsNumbersADoubleCannotHold();
    void stringsWithStructureInsideAreNotStructure();
    void brokenTextEndsTheScanCleanly();
    void pointersFollowRfc6901();
};
