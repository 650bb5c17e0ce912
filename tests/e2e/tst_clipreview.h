#pragma once

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals.
class TestCliPreview final : public QObject
{
    Q_OBJECT

private:
    AssertDesk::Test::ProcessResult cli(const QStringList &args, const QByteArray &input = {},
                                        bool withKey = true) const;
    QJsonObject previewJson(const QByteArray &body, int *exitCode = nullptr) const;
    QJsonObject contact(const QString &id) const;
    qint64 sendAndRecord(const QByteArray &body, QJsonObject *answer = nullptr) const;

    QTemporaryDir m_home;
    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;
    QList<QJsonObject> m_seeded; // records of the seeded contacts, as the sandbox answered them

private Q_SLOTS:
    void initTestCase();
    void aSeededContactsUpdateIsPredictedWithEveryChangedField();
    void aNewAddressIsPredictedAsCreate();
    void aSecondaryAddressPredictsAnUpdateOfTheRightContact();
    void eachSendsOutcomeMatchesItsPreviewAndItsDiff();
    void theRevertBodyBringsEveryFieldBack();
    void aCreateCannotBeReverted();
    void previewUnavailable();
    void aSendKeepsTheContactAsItWasAndThePrediction();
    void helpNamesTheNewCommands();
    void aSendThatWentOtherThanPredictedSaysSo();
};
