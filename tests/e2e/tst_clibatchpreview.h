#pragma once

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions, as the other CLI tests are: moc only ever sees this header.
class TestCliBatchPreview final : public QObject
{
    Q_OBJECT

private:
    AssertDesk::Test::ProcessResult cli(const QStringList &args, const QByteArray &input = {},
                                        bool withKey = true) const;
    QString write(const char *name, const QByteArray &text) const;

    QTemporaryDir m_home;
    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;
    QString m_clean;  // 252 valid rows: an update, an unchanged row, 250 new addresses
    QString m_flawed; // valid rows among an invalid one and two that repeat a key
    QString m_annId;

private Q_SLOTS:
    void initTestCase();
    void theTextListsEveryValidRowAndTheCounts();
    void theJsonHasEachRowsPredictionAndTheCounts();
    void invalidAndRepeatedRowsAreCheckedButNotPreviewed();
    void standardInputIsPreviewedToo();
    void withoutAProfileOrUrlTheDryRunOnlyChecks();
    void withoutAKeyTheRowsAreCheckedAndItExitsSix();
    void anUnreachableServerMakesRowsUnavailableAndExitsFour();
};
