#pragma once

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestCliHistory final : public QObject
{
    Q_OBJECT

private:
    QString dataDir() const;
    QProcessEnvironment env() const;
    AssertDesk::Test::ProcessResult cli(const QStringList &args, const QByteArray &input = {}) const;
    AssertDesk::Test::ProcessResult send(const QByteArray &body, const QStringList &extra = {}) const;
    QTemporaryDir m_home;
    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;

private Q_SLOTS:
    void initTestCase();
    void listSearchShowTimeline();
    void exportJsonlAndCsv();
    void killedMidSendLeavesOneInterruptedRow();
    void theKeyIsInNoFileWritten();
    void twentyParallelSendsAreAllRecorded();
    void aSendWaitsItsTurnThenNamesWhoHoldsTheHistory();
    void listKeepsEachServerValueInItsColumn();
    void exportsAreForTheirOwnerOnly();
};
