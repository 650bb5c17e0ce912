#pragma once

#include "abstractendpointresolver.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestMatchPreviewer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void previewsTheLatestRequestOnceTypingPauses();
    void predictsTheContactTheServerWouldUpdate();
    void aReadOnlyKeyPreviews();
    void unavailableWhenTheServerCannotBeAsked();
    void aPartialAnswerIsReadWholeInOneMoreRequest();
    void aSurpriseWhenTheContactAppearsBetweenPreviewAndSend();
    void theSendControllerPreviewsJustBeforeSending();
};
