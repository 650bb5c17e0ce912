#pragma once

#include <QObject>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals, so moc only
// ever sees this header.
//
// What hostile clients cost the real sandbox process, read from /proc: its peak memory (VmHWM)
// around a 100 MB request body and a 256 MB oversize answer, its CPU time while it is out of
// file descriptors. The figures are printed, for the README.
class TestSandboxResources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anOversizedBodyDoesNotGrowTheSandbox();
    void theOversizeFaultIsStreamed();
    void runningOutOfDescriptorsDoesNotSpin();
};
