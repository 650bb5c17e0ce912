#pragma once

#include <QNetworkAccessManager>
#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestBatchPreview final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void everyRowIsPredictedWithOneQueryPerHundredRows();
    void theRowsAreReadAsTheQueriesGoNotAllAtOnce();
    void aChunkAnsweredInPagesIsReadToItsLastPage();
    void severalContactsWithTheAddressAreAmbiguous();
    void aThrottledQueryWaitsAndNoRowIsLost();
    void anUnreachableServerMakesEveryRowUnavailableWithTheReason();
    void cancelStopsTheQueriesAndReportsNoMoreRows();
};
