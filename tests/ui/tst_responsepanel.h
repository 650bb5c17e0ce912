#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestResponsePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMegabytesLoadWhileTheEventLoopRuns();
    void anAnswerTheSendReadIsNotReadAgain();
    void changedFieldsAreMarkedAndTimesAreLocal();
    void errorsAreShownPlainly();
    void serverTextIsShownNeverObeyed();
    void serverTextIsWrittenOutInTheRawViewAndTheProblems();
};
