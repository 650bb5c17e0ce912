// Writes gathered while the history's thread is busy go to disk together (HistoryStore::writeGroup,
// HistoryService's pending writes): a batch's rows would otherwise wait one disk sync each.
// What is written must be exactly what one-by-one writing gives, and a failure must cost nothing
// but the speed.
#include "answercheck.h"
#include "buyerintent.h"
#include "historyservice.h"
#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

QJsonObject envelope(const QJsonValue &value, const char *type)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("value_type"), QLatin1String(type)}};
}

// An answer naming the contact by a name and a second address the request never had, read the
// way a send reads it (`answer` set) or not.
SendResult created(const QString &id, const QString &lastName, const QString &otherEmail, bool read)
{
    SendResult r;
    r.outcome = Outcome::Succeeded;
    r.httpStatus = 201;
    const QJsonArray emails {envelope(QJsonObject {{QStringLiteral("email"), otherEmail}}, "contact_email")};
    r.body = QJsonDocument(
                 QJsonObject {
                     {QStringLiteral("data"),
                      QJsonObject {{QStringLiteral("id"), id},
                                   {QStringLiteral("attributes"),
                                    QJsonObject {{QStringLiteral("last_name"), envelope(lastName, "string")},
                                                 {QStringLiteral("contact_emails"), emails}}}}},
                     {QStringLiteral("meta"), QJsonObject {{QStringLiteral("action"), QStringLiteral("created")}}}})
                 .toJson(QJsonDocument::Compact);
    r.answeredAt = QDateTime::currentDateTimeUtc();
    return read ? checkAssertAnswer(r) : r;
}

QList<qint64> found(const HistoryStore &store, const QString &text)
{
    HistoryFilter f;
    f.text = text;
    QList<qint64> ids;
    for (const HistoryRecord &r : store.list(f, 100))
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestHistoryGroup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intentsAndAnswersGoInTogether()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 first = store.beginAttempt(buyerIntent(QStringLiteral("first@x.example")), &error);
        QVERIFY(first > 0);

        const HistoryIntent a = buyerIntent(QStringLiteral("a@x.example"));
        const HistoryIntent b = buyerIntent(QStringLiteral("b@x.example"));
        const SendResult answer
            = created(QStringLiteral("cid-1"), QStringLiteral("Okafor"), QStringLiteral("other@x.example"), true);
        QList<HistoryStore::GroupWrite> group {
            {&a, 0, nullptr, -1}, {nullptr, first, &answer, -1}, {&b, 0, nullptr, -1}};
        QVERIFY(store.writeGroup(group));
        QVERIFY(group.at(0).newId > first);
        QCOMPARE(group.at(2).newId, group.at(0).newId + 1);

        QCOMPARE(store.record(group.at(0).newId)->state, QStringLiteral("in_flight"));
        QCOMPARE(store.record(group.at(2).newId)->matchValue, QStringLiteral("b@x.example"));
        const auto done = store.record(first);
        QCOMPARE(done->state, QStringLiteral("complete"));
        QCOMPARE(done->contactId, QStringLiteral("cid-1"));
        QCOMPARE(done->action, QStringLiteral("created"));
        // The answer's words are found, as the request's are.
        QCOMPARE(found(store, QStringLiteral("okafor")), QList<qint64> {first});
        QCOMPARE(found(store, QStringLiteral("other@x.example")), QList<qint64> {first});
        QCOMPARE(found(store, QStringLiteral("first@x.example")), QList<qint64> {first});
        QCOMPARE(found(store, QStringLiteral("cid-1")), QList<qint64> {first});
    }

    void anAnswerAlreadyReadIsSearchableAsOneReadFromItsBody()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QList<qint64> ids;
        for (const bool read : {true, false}) {
            const qint64 id = store.beginAttempt(buyerIntent(QStringLiteral("r%1@x.example").arg(read)), &error);
            QVERIFY(store.completeAttempt(id,
                                          created(QStringLiteral("cid-%1").arg(id), QStringLiteral("Nakamura"),
                                                  QStringLiteral("same@y.example"), read),
                                          &error));
            ids << id;
        }
        QCOMPARE(found(store, QStringLiteral("nakamura")), ids);
        QCOMPARE(found(store, QStringLiteral("same@y.example")), ids);
        QCOMPARE(found(store, QStringLiteral("y.example")), ids);
    }

    void oneFailureLeavesTheWholeGroupUnwritten()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        const HistoryIntent a = buyerIntent(QStringLiteral("a@x.example"));
        const SendResult answer
            = created(QStringLiteral("cid-9"), QStringLiteral("Lee"), QStringLiteral("l@x.example"), true);
        QList<HistoryStore::GroupWrite> group {{&a, 0, nullptr, -1}, {nullptr, 999, &answer, -1}};
        QVERIFY(!store.writeGroup(group));
        QCOMPARE(group.at(0).newId, -1);
        QCOMPARE(store.count({}), 0);
        // Nothing is left half-done: the next write goes in as the first row.
        QCOMPARE(store.beginAttempt(a, &error), 1);
    }

    void theServiceGathersWritesAndEachGetsItsOwnAnswer()
    {
        QTemporaryDir dir;
        HistoryService service(dir.path());
        QVERIFY(service.open().result().ok);
        // Asked for all at once, as a batch's workers do: they wait together on the history's thread.
        QList<QFuture<HistoryService::BeginResult>> begun;
        for (int i = 0; i < 20; ++i)
            begun << service.beginAttempt(buyerIntent(QStringLiteral("p%1@x.example").arg(i)));
        QSet<qint64> ids;
        for (auto &f : begun) {
            f.waitForFinished();
            QVERIFY2(f.result().id > 0, qPrintable(f.result().error));
            ids << f.result().id;
        }
        QCOMPARE(ids.size(), 20);

        // One answer for a row that does not exist among good ones: the group fails, each is
        // then written on its own, and only that one says it failed.
        QList<QFuture<HistoryService::CompleteResult>> completed;
        for (const qint64 id : std::as_const(ids))
            completed << service.completeAttempt(
                id,
                created(QStringLiteral("cid-%1").arg(id), QStringLiteral("Diaz"), QStringLiteral("d@x.example"), true));
        auto bogus = service.completeAttempt(
            99999, created(QStringLiteral("cid-x"), QStringLiteral("Diaz"), QStringLiteral("d@x.example"), true));
        for (auto &f : completed) {
            f.waitForFinished();
            QVERIFY2(f.result().written, qPrintable(f.result().error));
        }
        bogus.waitForFinished();
        QVERIFY(!bogus.result().written);
        QVERIFY2(bogus.result().error.contains(QStringLiteral("99999")), qPrintable(bogus.result().error));
        HistoryFilter succeeded;
        succeeded.outcome = QStringLiteral("succeeded");
        QCOMPARE(service.count(succeeded).result(), 20);
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(service.record(id).result()->contactId, QStringLiteral("cid-%1").arg(id));
    }
};

QTEST_GUILESS_MAIN(TestHistoryGroup)
#include "tst_historygroup.moc"
