#pragma once

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestCliSend final : public QObject
{
    Q_OBJECT

private:
    static QString keychainService();
    QProcessEnvironment env(bool withKey = false) const;
    AssertDesk::Test::ProcessResult cli(const QStringList &args, const QByteArray &input = {},
                                        bool withKey = false) const;
    int contactsOnServer() const;
    bool hasKeyring() const;

    QTemporaryDir m_home;
    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;
    QString m_base;

private Q_SLOTS:
    void initTestCase();
    void profiles();
    void sendSucceedsCreatedThenUpdated();
    void exitCodesForEachOutcome_data();
    void exitCodesForEachOutcome();
    void rejectionNamesTheField();
    void timeoutBoundsTheWholeExchange();
    void aThrottledSendSaysHowLongToWait();
    void aBaseUrlWithCredentialsIsRefusedBeforeTheHistory();
    void noKeyExitsSix();
    void keychainRoundTrip();
    void aKeyOrHeaderWithControlCharactersIsRefusedBeforeTheHistory_data();
    void aKeyOrHeaderWithControlCharactersIsRefusedBeforeTheHistory();
    void aKeychainKeyWithControlCharactersIsRefusedBeforeTheHistory();
    void keySetRefusesAKeyWithControlCharacters_data();
    void keySetRefusesAKeyWithControlCharacters();
    void withoutASessionBusKeySetSaysSo();
    void theKeyIsInNoFileWeWrote();
};
