#pragma once

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals such as
// R"(,"labels")", so moc only ever sees this header.
class TestCliHistoryDamage final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment env() const;
    AssertDesk::Test::ProcessResult cli(const QStringList &args, const QByteArray &input = {}) const;
    AssertDesk::Test::ProcessResult send(const QString &dir, const QString &email) const;
    AssertDesk::Test::ProcessResult history(const QString &dir, const QStringList &args) const;
    QString dataDir(const QString &name) const { return m_home.filePath(name); }
    // Garbage over the page that holds the request marked `marker`; returns the damaged file.
    static QByteArray damagePageOf(const QString &path, const QByteArray &marker, qint64 from, qint64 length);
    static QString asideFile(const QString &dir);
    QTemporaryDir m_home;
    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;

private Q_SLOTS:
    void initTestCase();
    void garbageInTheMiddleIsReportedNotReadShort();
    void aLargeDamagedHistoryCountsWhatItCannotRead();
    void aHistoryEmptiedOrDeletedIsReportedAndNothingIsSent();
    void aFullDiskKeepsTheAnswerAndSaysSo();
};
