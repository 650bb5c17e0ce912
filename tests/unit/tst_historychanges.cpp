#include "tst_historychanges.h"

#include "historystore.h"
#include "matchprediction.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

const QDateTime kRead = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// The contact c-1 as read before sending.
const QByteArray kContact = R"({"id": "c-1", "attributes": {
  "first_name": {"value": "Sarah", "value_type": "string"},
  "last_name": {"value": "Chen", "value_type": "string"},
  "title": {"value": "CTO", "value_type": "string"},
  "display_name": {"value": "Sarah Chen", "value_type": "string"},
  "contact_emails": [{"value": {"id": "e1", "email": "sarah@acme.example", "is_primary": true, "labels": []},
                      "value_type": "contact_email"}]}})";

MatchPrediction predicted(const QByteArray &page)
{
    return MatchPrediction::fromQueryAnswer(page, QStringLiteral("sarah@acme.example"), kRead);
}

HistoryIntent intent(const QByteArray &attributes, const std::optional<MatchPrediction> &prediction)
{
    HistoryIntent i;
    i.profile = QStringLiteral("Local");
    i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
    i.requestBody = R"({"match":{"primary_email":"sarah@acme.example"},"attributes":)" + attributes + "}";
    i.matchKey = QStringLiteral("primary_email");
    i.matchValue = QStringLiteral("sarah@acme.example");
    if (prediction) {
        i.prediction = prediction->toJson();
        if (prediction->kind() == MatchPrediction::Kind::Update)
            i.beforeState = json(kContact);
    }
    return i;
}

SendResult answered(const char *action, const char *id)
{
    SendResult r;
    r.outcome = Outcome::Succeeded;
    r.httpStatus = QByteArray(action) == "created" ? 201 : 200;
    r.body = R"({"data":{"id":")" + QByteArray(id) + R"(","attributes":{}},"meta":{"action":")" + QByteArray(action)
        + R"(","matched_on":{}}})";
    return r;
}

qint64 send(HistoryStore &store, const HistoryIntent &i, const SendResult &r)
{
    QString error;
    const qint64 id = store.beginAttempt(i, &error);
    if (id <= 0 || !store.completeAttempt(id, r, &error))
        qWarning() << error;
    return id;
}

const QByteArray kUpdateOfC1 = "{\"data\":[" + kContact + "],\"meta\":{\"next_cursor\":null}}";

} // namespace

void TestHistoryChanges::beforeStateAndPredictionAreKeptWithTheEntry()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("kept")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const qint64 id = send(store, intent(R"({"title":"VP"})", predicted(kUpdateOfC1)), answered("updated", "c-1"));
    const auto r = store.record(id);
    QVERIFY(r);
    QCOMPARE(r->beforeState, json(kContact));
    QCOMPARE(MatchPrediction::fromJson(r->prediction).contactId(), QStringLiteral("c-1"));
    QCOMPARE(MatchPrediction::fromJson(r->prediction).readAt(), kRead);
    QVERIFY(r->surprise.isEmpty()); // it updated the contact predicted

    // The change it made, from the history alone.
    const ContactChange change = ContactChange::fromRecord(*r);
    QVERIFY(change.beforeKnown);
    QCOMPARE(change.changedFields(), QStringList {QStringLiteral("title")});
    QCOMPARE(change.changes.first().before, QJsonValue(QStringLiteral("CTO")));
}

void TestHistoryChanges::aSurpriseIsMarkedAndFound()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("surprise")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QByteArray nobody = R"({"data":[],"meta":{"next_cursor":null}})";
    const qint64 expected = send(store, intent(R"({"title":"A"})", predicted(nobody)), answered("created", "c-1"));
    const qint64 surprised = send(store, intent(R"({"title":"B"})", predicted(nobody)), answered("updated", "c-1"));
    const qint64 unpredicted = send(store, intent(R"({"title":"C"})", std::nullopt), answered("updated", "c-1"));
    QVERIFY(store.record(expected)->surprise.isEmpty());
    QCOMPARE(store.record(surprised)->surprise, QStringLiteral("predicted a new contact, but it updated c-1"));
    QVERIFY(store.record(unpredicted)->surprise.isEmpty());

    HistoryFilter onlySurprises;
    onlySurprises.surprises = true;
    const QList<HistoryRecord> listed = store.list(onlySurprises, 10);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, surprised);
    QCOMPARE(listed.first().surprise, store.record(surprised)->surprise);
    HistoryFilter searched;
    searched.text = QStringLiteral("surprise");
    QCOMPARE(store.list(searched, 10).size(), 1);
}

void TestHistoryChanges::aContactsChangesNewestFirstOffline()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("timeline")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QByteArray nobody = R"({"data":[],"meta":{"next_cursor":null}})";
    const qint64 first
        = send(store, intent(R"({"first_name":"Sarah"})", predicted(nobody)), answered("created", "c-1"));
    const qint64 second = send(store, intent(R"({"title":"VP","first_name":"Sarah"})", predicted(kUpdateOfC1)),
                               answered("updated", "c-1"));
    SendResult rejected;
    rejected.outcome = Outcome::Rejected;
    rejected.httpStatus = 422;
    rejected.body = R"({"error":{"code":"field_value_invalid","message":"no"}})";
    const qint64 third = send(store, intent(R"({"title":"?"})", std::nullopt), rejected);
    send(store, intent(R"({"title":"other"})", std::nullopt), answered("updated", "c-2"));

    const QList<ContactChange> changes = store.contactChanges(QStringLiteral("c-1"));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).record.id, third); // sent to c-1's address, though rejected
    QVERIFY(!changes.at(0).beforeKnown);
    QCOMPARE(changes.at(1).record.id, second);
    QCOMPARE(changes.at(1).changedFields(), QStringList {QStringLiteral("title")});
    QCOMPARE(changes.at(2).record.id, first);
    QVERIFY(changes.at(2).beforeKnown); // a create changes an empty contact
    QVERIFY(changes.at(2).changedFields().contains(QStringLiteral("first_name")));
    QVERIFY(store.contactChanges(QStringLiteral("c-404")).isEmpty());
}

void TestHistoryChanges::aVersionThreeHistoryUpgradesAndItsRowsStayReadable()
{
    const QString dir = m_dir.filePath(QStringLiteral("v3"));
    qint64 old = 0;
    {
        HistoryStore store(dir);
        QString error;
        QVERIFY2(store.open(&error, 3), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 3);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3writer"));
        db.setDatabaseName(store.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO asserts (state, sent_at, profile, base_url, request_body, match_value, outcome, contact_id, "
            "action, app_version) VALUES ('complete', '2026-01-01T00:00:00.000Z', 'Local', 'http://127.0.0.1:1', "
            "'{\"match\":{\"primary_email\":\"old@x.example\"},\"attributes\":{\"title\":\"T\"}}', 'old@x.example', "
            "'succeeded', 'c-old', 'updated', '0.1')")));
        old = q.lastInsertId().toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3writer"));
    HistoryStore store(dir);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    const auto r = store.record(old);
    QVERIFY(r);
    QCOMPARE(r->contactId, QStringLiteral("c-old"));
    QVERIFY(r->beforeState.isEmpty());
    QVERIFY(r->surprise.isEmpty());
    const QList<ContactChange> changes = store.contactChanges(QStringLiteral("c-old"));
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.first().beforeKnown);
}

QTEST_GUILESS_MAIN(TestHistoryChanges)
