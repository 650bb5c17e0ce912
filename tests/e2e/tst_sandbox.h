#pragma once

#include "httpclient.h"

#include "sandboxserver.h"

#include <QObject>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestSandbox final : public QObject
{
    Q_OBJECT

private:
    // Writes `head` (request line and headers, without the blank line) and `body` on a new
    // connection and returns what came back within a few seconds.
    QByteArray exchange(const QByteArray &head, const QByteArray &body);
    AssertDesk::Test::HttpResult assertContact(const QByteArray &body,
                                               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    std::unique_ptr<AssertDesk::Sandbox::SandboxServer> m_server;
    std::unique_ptr<AssertDesk::Test::HttpClient> m_client;

private Q_SLOTS:
    void init();
    void cleanup();
    void healthNeedsNoKey();
    void keysAreChecked();
    void schemaDescribesEveryField();
    void createsThenUpdatesThroughASecondaryEmail();
    void nullClearsAndNamesDeriveDisplayName();
    void responseCarriesEveryFieldOfTheVendorRecord();
    void structuralRulesAnswerWithDetail_data();
    void structuralRulesAnswerWithDetail();
    void domainErrorsNameTheField_data();
    void domainErrorsNameTheField();
    void badBodiesAndMediaTypes();
    void anEmailBelongsToOneContact();
    void readsOneContact();
    void queriesFilterAndPage();
    void concurrentAssertsForOneNewEmailMakeOneContact();
    void faultsAnswerAsAsked();
    void droppedConnectionStillWrites();
    void connectionCloseIsHonoured();
    void aClientLeavingMidTrickleStopsTheTrickle();
    void faultHeaderIgnoredWithoutFaultsOption();
    void rateLimitAnswers429WithRetryAfter();
    void seedMakesRealisticContacts();
    void servesHttpsWithTls();
    void theAuthSchemeIsCaseInsensitive();
    void twoAuthorizationHeadersAreRefused();
    void conflictingContentLengthsAreRefused();
};
