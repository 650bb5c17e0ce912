#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineNamesTheAddress();
    void madeUpKeyIsPrintedAndWorks();
    void dataSurvivesARestart();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void faultRatesComeFromTheCommandLine();
};
