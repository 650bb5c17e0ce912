#pragma once

#include "assertsend.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestAssertSend final : public QObject
{
    Q_OBJECT

private:
    AssertDesk::Contract::SendResult run(AssertDesk::Session::AssertSend &send);
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void recordsEveryAttempt();
    void historyThatCannotBeWrittenMeansNothingIsSent();
    void readOnlyHistoryRefusesToSend();
    void aUrlWithAPasswordNeverReachesTheHistory();
    void anAnswerThatIsNotTheApisIsUnknown_data();
    void anAnswerThatIsNotTheApisIsUnknown();
    void cancelWhileTheHistoryRowIsWrittenSendsNothing();
    void cancelBeforeStartSendsNothingAndRecordsNothing();
    void anAnswerTheHistoryCannotRecordIsKeptAndSaidSo();
    void theAnswerIsReadOnceAndHandedOn();
    void answeredComesOnceBeforeTheRowIsWritten();
    void anAnswerThatIsNotTheApisIsKeptAsItCame_data();
    void anAnswerThatIsNotTheApisIsKeptAsItCame();
};
