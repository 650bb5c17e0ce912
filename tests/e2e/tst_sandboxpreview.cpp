#include "tst_sandboxpreview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using AssertDesk::Test::HttpClient;
using AssertDesk::Test::HttpResult;
using AssertDesk::Test::SandboxProcess;

namespace {

const QByteArray kKey = "preview-key";

// The rule as the contract states it, written out here apart from the sandbox's own code.
QString keyOf(const QString &address)
{
    return address.trimmed().toLower();
}

QJsonObject filter(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonObject {
        {QStringLiteral("field"), field}, {QStringLiteral("operator"), op}, {QStringLiteral("value"), value}};
}

QByteArray queryBody(const QJsonArray &filters, int limit, const QJsonValue &cursor = {})
{
    QJsonObject body {{QStringLiteral("filters"), filters}, {QStringLiteral("limit"), limit}};
    if (cursor.isString())
        body.insert(QStringLiteral("cursor"), cursor);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonValue attribute(const QJsonObject &record, const char *name)
{
    return record.value(QStringLiteral("attributes"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QStringLiteral("value"));
}

QString idOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("id")).toString();
}

// Some letters in the other case, and up to two spaces either side.
QString mangle(QString address, QRandomGenerator &rng)
{
    for (QChar &c : address)
        if (c.isLetter() && rng.bounded(2))
            c = c.isUpper() ? c.toLower() : c.toUpper();
    return QString(int(rng.bounded(3)), QLatin1Char(' ')) + address + QString(int(rng.bounded(3)), QLatin1Char(' '));
}

} // namespace

void TestSandboxPreview::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start(
        {QStringLiteral("--key"), QString::fromLatin1(kKey), QStringLiteral("--seed"), QStringLiteral("25")}));
    m_client = std::make_unique<HttpClient>(m_sandbox->baseUrl(), kKey);
    const QJsonArray all = queryAll({}, 100);
    QCOMPARE(all.size(), 25);
    for (const QJsonValue &r : all)
        learn(r.toObject());
    QVERIFY(m_secondaries.size() >= 25); // the seed gives each contact several addresses
}

void TestSandboxPreview::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonArray TestSandboxPreview::queryAll(const QJsonArray &filters, int pageSize)
{
    QJsonArray out;
    QJsonValue cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpResult r = m_client->post(QStringLiteral("/contact/_query"), queryBody(filters, pageSize, cursor));
        if (r.status != 200)
            return {};
        for (const QJsonValue &record : r.json().value(QStringLiteral("data")).toArray())
            out.append(record);
        cursor = r.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_cursor"));
        if (!cursor.isString())
            break;
    }
    return out;
}

void TestSandboxPreview::learn(const QJsonObject &record)
{
    for (const QJsonValue &row :
         record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("contact_emails")).toArray()) {
        const QJsonObject email = row.toObject().value(QStringLiteral("value")).toObject();
        const QString address = email.value(QStringLiteral("email")).toString();
        if (m_owner.contains(keyOf(address)))
            continue;
        m_owner.insert(keyOf(address), idOf(record));
        (email.value(QStringLiteral("is_primary")).toBool() ? m_primaries : m_secondaries) << address;
    }
}

TestSandboxPreview::Prediction TestSandboxPreview::preview(const QString &address)
{
    const HttpResult r
        = m_client->post(QStringLiteral("/contact/_query"),
                         queryBody({filter(QStringLiteral("contact_emails"), QStringLiteral("eq"), address)}, 2));
    const QJsonArray found = r.json().value(QStringLiteral("data")).toArray();
    Prediction p;
    p.ok = r.status == 200 && found.size() <= 1;
    p.id = found.isEmpty() ? QString() : idOf(found.first().toObject());
    p.problem = QStringLiteral("_query for \"%1\": HTTP %2, %3 records").arg(address).arg(r.status).arg(found.size());
    return p;
}

QString TestSandboxPreview::pickAddress(int i)
{
    const quint32 roll = m_rng.bounded(100);
    const auto any = [this](const QStringList &list) { return list.at(int(m_rng.bounded(quint32(list.size())))); };
    if (roll < 35 || (roll >= 85 && m_created.isEmpty()))
        return QStringLiteral("new%1.%2@preview.example").arg(i).arg(m_fresh++);
    if (roll < 65)
        return any(m_primaries);
    if (roll < 85)
        return any(m_secondaries);
    return any(m_created);
}

QByteArray TestSandboxPreview::assertBodyFor(const QString &sent, bool creating, int i)
{
    QString matchKey = m_rng.bounded(2) ? QStringLiteral("primary_email") : QStringLiteral("contact_emails");
    QJsonObject attributes {{QStringLiteral("title"), QStringLiteral("Preview %1").arg(i)}};
    // Some new contacts come with a second address, so later asserts match secondaries they made
    // (a field cannot be both the match key and an attribute, so these match on primary_email).
    if (creating && m_rng.bounded(2)) {
        matchKey = QStringLiteral("primary_email");
        const QJsonObject matchRow {{QStringLiteral("email"), sent.trimmed()},
                                    {QStringLiteral("is_primary"), true},
                                    {QStringLiteral("labels"), QJsonArray()}};
        const QJsonObject secondRow {
            {QStringLiteral("email"), QStringLiteral("second%1.%2@preview.example").arg(i).arg(m_fresh++)},
            {QStringLiteral("is_primary"), false},
            {QStringLiteral("labels"), QJsonArray {QStringLiteral("WORK")}}};
        attributes.insert(QStringLiteral("contact_emails"), QJsonArray {matchRow, secondRow});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("match"), QJsonObject {{matchKey, sent}}},
                                      {QStringLiteral("attributes"), attributes}})
        .toJson(QJsonDocument::Compact);
}

void TestSandboxPreview::checkOutcome(const QString &sent, const Prediction &p, int i)
{
    QVERIFY2(p.ok, qPrintable(p.problem));
    // The sandbox's preview agrees with every contact the test has seen made or read.
    QCOMPARE(p.id, m_owner.value(keyOf(sent)));
    const bool creating = p.id.isEmpty();
    const HttpResult r = m_client->post(QStringLiteral("/contact/_assert"), assertBodyFor(sent, creating, i));
    const QString context
        = QStringLiteral("assert %1 for \"%2\": %3").arg(i).arg(sent, QString::fromUtf8(r.body.left(300)));
    QVERIFY2(r.status == (creating ? 201 : 200), qPrintable(context));
    const QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
    QCOMPARE(r.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("action")).toString(),
             creating ? QStringLiteral("created") : QStringLiteral("updated"));
    if (creating) {
        QVERIFY2(!m_owner.values().contains(idOf(data)), qPrintable(context));
        m_created << sent.trimmed();
        ++m_creates;
    } else {
        QVERIFY2(idOf(data) == p.id, qPrintable(context));
        ++m_updates;
    }
    learn(data);
}

// Pages of 7 chained by meta.next_cursor give every contact once, as one page of 100 does.
void TestSandboxPreview::queryPagesCoverEveryContactOnce()
{
    const QJsonArray paged = queryAll({}, 7);
    const QJsonArray whole = queryAll({}, 100);
    QCOMPARE(paged.size(), whole.size());
    QSet<QString> ids;
    for (const QJsonValue &r : paged)
        ids.insert(idOf(r.toObject()));
    QCOMPARE(ids.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        QCOMPARE(idOf(paged.at(i).toObject()), idOf(whole.at(i).toObject()));
}

void TestSandboxPreview::aPreviewPredictsEveryAssert()
{
    for (int i = 0; i < 300; ++i) {
        const QString sent = mangle(pickAddress(i), m_rng);
        const Prediction p = preview(sent);
        checkOutcome(sent, p, i);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("300 asserts as previewed: %d created, %d updated", m_creates, m_updates);
    QVERIFY(m_creates >= 60);
    QVERIFY(m_updates >= 120);
}

// One _query with `in` and 100 addresses (known ones in odd case and spaces, new ones) answers
// for the whole batch in one page; each assert of the batch then does what that page said.
void TestSandboxPreview::aBatchPreviewWithInPredictsEachAssert()
{
    const QStringList known = m_primaries + m_secondaries;
    QStringList batch;
    for (int i = 0; i < 60; ++i)
        batch << mangle(known.at(int(m_rng.bounded(quint32(known.size())))), m_rng);
    for (int i = 0; i < 40; ++i)
        batch << mangle(QStringLiteral("batch%1.%2@preview.example").arg(i).arg(m_fresh++), m_rng);
    std::shuffle(batch.begin(), batch.end(), m_rng);

    QJsonArray values;
    for (const QString &a : batch)
        values.append(a);
    const HttpResult r
        = m_client->post(QStringLiteral("/contact/_query"),
                         queryBody({filter(QStringLiteral("contact_emails"), QStringLiteral("in"), values)}, 100));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_cursor")).isNull());
    QHash<QString, QString> owner; // as the batch preview says
    for (const QJsonValue &record : r.json().value(QStringLiteral("data")).toArray())
        for (const QJsonValue &row : record.toObject()
                                         .value(QStringLiteral("attributes"))
                                         .toObject()
                                         .value(QStringLiteral("contact_emails"))
                                         .toArray())
            owner.insert(
                keyOf(
                    row.toObject().value(QStringLiteral("value")).toObject().value(QStringLiteral("email")).toString()),
                idOf(record.toObject()));
    for (int i = 0; i < batch.size(); ++i) {
        Prediction p;
        p.ok = true;
        p.id = owner.value(keyOf(batch.at(i)));
        checkOutcome(batch.at(i), p, 1000 + i);
        if (QTest::currentTestFailed())
            return;
    }
}

// A _query record is the assert's record: after an assert, the preview query and GET
// /contact/{id} give back exactly the `data` the assert answered.
void TestSandboxPreview::queryRecordsAreTheAssertsRecords()
{
    for (const QString &address : {m_secondaries.first(), QStringLiteral("whole.record@preview.example")}) {
        const HttpResult asserted
            = m_client->post(QStringLiteral("/contact/_assert"), assertBodyFor(address, false, 2000));
        QVERIFY(asserted.status == 200 || asserted.status == 201);
        const QJsonObject data = asserted.json().value(QStringLiteral("data")).toObject();
        const HttpResult queried = m_client->post(QStringLiteral("/contact/_query"),
                                                  queryBody({filter(QStringLiteral("email"), QStringLiteral("eq"),
                                                                    QString(QStringLiteral("  ") + address.toUpper()))},
                                                            5));
        QCOMPARE(queried.json().value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(queried.json().value(QStringLiteral("data")).toArray().first().toObject(), data);
        const HttpResult read = m_client->get(QStringLiteral("/contact/") + idOf(data));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("data")).toObject(), data);
    }
}

// What a lookup window asks: names with eq and contains (any case), and one record by id.
void TestSandboxPreview::namesAndIdsLookUp()
{
    const QJsonArray all = queryAll({}, 100);
    const QJsonObject someone = all.at(3).toObject();
    const QString first = attribute(someone, "first_name").toString();
    const QString last = attribute(someone, "last_name").toString();
    QVERIFY(!first.isEmpty() && last.size() >= 3);
    const struct
    {
        const char *field;
        const char *op;
        QString value;
        QString mustHold;
    } lookups[] = {{"first_name", "eq", first.toUpper(), first},
                   {"last_name", "contains", last.mid(1, 2).toLower(), last.mid(1, 2)},
                   {"display_name", "contains", first + QLatin1Char(' ') + last.left(2), first + QLatin1Char(' ')}};
    for (const auto &l : lookups) {
        const QJsonArray found
            = queryAll({filter(QString::fromLatin1(l.field), QString::fromLatin1(l.op), l.value)}, 10);
        QStringList ids;
        for (const QJsonValue &r : found) {
            ids << idOf(r.toObject());
            QVERIFY2(attribute(r.toObject(), l.field).toString().contains(l.mustHold, Qt::CaseInsensitive), l.field);
        }
        QVERIFY2(ids.contains(idOf(someone)), l.field);
        QVERIFY(ids.size() < all.size());
    }
    QCOMPARE(m_client->get(QStringLiteral("/contact/") + idOf(someone)).json().value(QStringLiteral("data")).toObject(),
             someone);
    QCOMPARE(m_client->get(QStringLiteral("/contact/no-such-id")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxPreview)
