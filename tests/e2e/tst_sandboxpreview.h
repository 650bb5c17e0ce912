#pragma once

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals, so moc only
// ever sees this header.
//
// "Know before you send": a client previews which contact an assert will touch by asking
// POST /contact/_query (contact_emails eq ADDRESS, or in with a batch's addresses). Against the
// real sandbox process, hundreds of seeded random asserts (new addresses, existing primary and
// secondary ones, odd case, surrounding spaces) must each do exactly what their preview said.
class TestSandboxPreview final : public QObject
{
    Q_OBJECT

private:
    struct Prediction
    {
        bool ok = false;
        QString id; // empty: the assert will create
        QString problem;
    };

    QJsonArray queryAll(const QJsonArray &filters, int pageSize);
    void learn(const QJsonObject &record);
    Prediction preview(const QString &address);
    QString pickAddress(int i);
    QByteArray assertBodyFor(const QString &sent, bool creating, int i);
    void checkOutcome(const QString &sent, const Prediction &p, int i);

    std::unique_ptr<AssertDesk::Test::SandboxProcess> m_sandbox;
    std::unique_ptr<AssertDesk::Test::HttpClient> m_client;
    QRandomGenerator m_rng {20240617};
    QHash<QString, QString> m_owner; // address (trimmed, lower case) -> contact id, as the test saw
    QStringList m_primaries;
    QStringList m_secondaries;
    QStringList m_created;
    int m_fresh = 0;
    int m_creates = 0;
    int m_updates = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void queryPagesCoverEveryContactOnce();
    void aPreviewPredictsEveryAssert();
    void aBatchPreviewWithInPredictsEachAssert();
    void queryRecordsAreTheAssertsRecords();
    void namesAndIdsLookUp();
};
