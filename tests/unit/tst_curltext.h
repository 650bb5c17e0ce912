#pragma once

#include <QObject>

// Declared apart from its definitions: the pastes are written as raw string literals, which
// moc's lexer misreads, so moc only ever sees this header.
class TestCurlText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandNamesTheKeyVariableNeverAKey();
    void commandRunsInAShellAsWritten_data();
    void commandRunsInAShellAsWritten();
    void takesTheBodyOfWhatPeoplePaste_data();
    void takesTheBodyOfWhatPeoplePaste();
    void explainsWhatItCannotTake_data();
    void explainsWhatItCannotTake();
    void copiedCommandPastesBackToTheSameBody_data();
    void copiedCommandPastesBackToTheSameBody();
};
