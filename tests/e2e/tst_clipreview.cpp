#include "tst_clipreview.h"

#include "contactvalue.h"
#include "hostileserver.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace AssertDesk::Test;
using AssertDesk::Contract::ContactValue::same;
using AssertDesk::Contract::ContactValue::writeForm;

namespace {

const QString kKey = QStringLiteral("preview-canary-key-4242");

QString str(const QJsonObject &record, const char *field)
{
    return writeForm(QLatin1String(field),
                     record.value(QStringLiteral("attributes")).toObject().value(QLatin1String(field)))
        .toString();
}

QStringList emails(const QJsonObject &record)
{
    QStringList out;
    for (const QJsonValue &row :
         writeForm(QStringLiteral("contact_emails"),
                   record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("contact_emails")))
             .toArray())
        out << row.toObject().value(QStringLiteral("email")).toString();
    return out;
}

QByteArray request(const QString &email, const QByteArray &attributes)
{
    return R"({"match":{"primary_email":")" + email.toUtf8() + R"("},"attributes":)" + attributes + "}";
}

QJsonObject change(const QJsonObject &preview, const QString &field)
{
    for (const QJsonValue &c : preview.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("field")).toString() == field)
            return c.toObject();
    return {};
}

} // namespace

ProcessResult TestCliPreview::cli(const QStringList &args, const QByteArray &input, bool withKey) const
{
    QProcessEnvironment env = homeEnvironment(m_home.path(), withKey ? kKey : QString());
    env.insert(QStringLiteral("ASSERTDESK_KEYCHAIN_SERVICE"),
               QStringLiteral("assertdesk-test-%1").arg(QCoreApplication::applicationPid()));
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, env);
}

QJsonObject TestCliPreview::previewJson(const QByteArray &body, int *exitCode) const
{
    const ProcessResult r = cli({QStringLiteral("preview"), QStringLiteral("-"), QStringLiteral("--profile"),
                                 QStringLiteral("Local"), QStringLiteral("--json")},
                                body);
    if (exitCode)
        *exitCode = r.exitCode;
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject TestCliPreview::contact(const QString &id) const
{
    HttpClient http(m_sandbox->baseUrl(), kKey.toUtf8());
    return http.get(QStringLiteral("/contact/") + id).json().value(QStringLiteral("data")).toObject();
}

qint64 TestCliPreview::sendAndRecord(const QByteArray &body, QJsonObject *answer) const
{
    const ProcessResult r = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"),
                                 QStringLiteral("Local"), QStringLiteral("--json")},
                                body);
    if (answer)
        *answer = QJsonDocument::fromJson(r.out).object();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("history entry (\\d+)")).match(r.errText());
    return r.exitCode == 0 && m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void TestCliPreview::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    m_sandbox->setLogRequests(true);
    QVERIFY(m_sandbox->start(
        {QStringLiteral("--key"), kKey, QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--faults")}));
    QCOMPARE(
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl().toString(), QStringLiteral("--timeout"), QStringLiteral("5")})
            .exitCode,
        0);
    HttpClient http(m_sandbox->baseUrl(), kKey.toUtf8());
    for (const QJsonValue &c :
         http.post(QStringLiteral("/contact/_query"), R"({"limit":12})").json().value(QStringLiteral("data")).toArray())
        m_seeded << c.toObject();
    QCOMPARE(m_seeded.size(), 12);
}

void TestCliPreview::aSeededContactsUpdateIsPredictedWithEveryChangedField()
{
    const QJsonObject c = m_seeded.at(0);
    const QString title = str(c, "title");
    QVERIFY(!title.isEmpty() && !str(c, "department").isEmpty());
    int exitCode = -1;
    const QJsonObject p
        = previewJson(request(emails(c).first(),
                              R"({"first_name":")" + str(c, "first_name").toUtf8()
                                  + R"(","title":"Chief Preview Officer","department":null,"middle_name":"Q"})"),
                      &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(p.value(QStringLiteral("prediction")).toString(), QStringLiteral("update"));
    QCOMPARE(p.value(QStringLiteral("contact_id")).toString(), c.value(QStringLiteral("id")).toString());
    QCOMPARE(p.value(QStringLiteral("matched_on")).toString(), emails(c).first());
    QVERIFY(QDateTime::fromString(p.value(QStringLiteral("read_at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(p.value(QStringLiteral("changes")).toArray().size(), 4);
    QCOMPARE(change(p, QStringLiteral("first_name")).value(QStringLiteral("kind")).toString(), QStringLiteral("same"));
    QCOMPARE(change(p, QStringLiteral("title")).value(QStringLiteral("kind")).toString(), QStringLiteral("change"));
    QCOMPARE(change(p, QStringLiteral("title")).value(QStringLiteral("before")).toString(), title);
    QCOMPARE(change(p, QStringLiteral("title")).value(QStringLiteral("after")).toString(),
             QStringLiteral("Chief Preview Officer"));
    QCOMPARE(change(p, QStringLiteral("department")).value(QStringLiteral("kind")).toString(), QStringLiteral("clear"));
    QCOMPARE(change(p, QStringLiteral("middle_name")).value(QStringLiteral("kind")).toString(), QStringLiteral("set"));

    // The same in words: the line, when it was read, one line per field.
    const ProcessResult text
        = cli({QStringLiteral("preview"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")},
              request(emails(c).first(), R"({"title":"Chief Preview Officer"})"));
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0),
             QStringLiteral("Will update %1 (%2), matched on contact_emails = %3.")
                 .arg(str(c, "display_name"), c.value(QStringLiteral("id")).toString(), emails(c).first()));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Read at ")));
    QVERIFY2(lines.at(2).contains(QStringLiteral("title  change   %1 -> Chief Preview Officer").arg(title)),
             qPrintable(lines.at(2)));
}

void TestCliPreview::aNewAddressIsPredictedAsCreate()
{
    int exitCode = -1;
    const QJsonObject p
        = previewJson(request(QStringLiteral("nobody.yet@x.example"), R"({"first_name":"Nia"})"), &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(p.value(QStringLiteral("prediction")).toString(), QStringLiteral("create"));
    QVERIFY(p.value(QStringLiteral("contact_id")).isNull());
    QCOMPARE(change(p, QStringLiteral("first_name")).value(QStringLiteral("kind")).toString(), QStringLiteral("set"));
    QCOMPARE(change(p, QStringLiteral("primary_email")).value(QStringLiteral("after")).toString(),
             QStringLiteral("nobody.yet@x.example"));
}

void TestCliPreview::aSecondaryAddressPredictsAnUpdateOfTheRightContact()
{
    const QJsonObject c = m_seeded.at(3);
    QVERIFY(emails(c).size() >= 2);
    const QString secondary = emails(c).at(1);
    const QJsonObject p = previewJson(request(secondary.toUpper(), R"({"title":"T"})"));
    QCOMPARE(p.value(QStringLiteral("prediction")).toString(), QStringLiteral("update"));
    QCOMPARE(p.value(QStringLiteral("contact_id")).toString(), c.value(QStringLiteral("id")).toString());
    QCOMPARE(p.value(QStringLiteral("matched_on")).toString(), secondary);
}

void TestCliPreview::eachSendsOutcomeMatchesItsPreviewAndItsDiff()
{
    const QJsonObject c = m_seeded.at(5);
    const QList<QByteArray> bodies {
        request(emails(c).at(1), R"({"title":"After","department":null})"),
        request(QStringLiteral("fresh.one@x.example"), R"({"first_name":"Fresh","title":"New"})"),
        request(QStringLiteral("fresh.one@x.example"), R"({"title":"Newer"})"),
    };
    for (const QByteArray &body : bodies) {
        const QJsonObject p = previewJson(body);
        QJsonObject answer;
        const qint64 entry = sendAndRecord(body, &answer);
        QVERIFY2(entry > 0, body.constData());
        const QString predicted = p.value(QStringLiteral("prediction")).toString();
        QCOMPARE(answer.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("action")).toString(),
                 predicted == QLatin1String("create") ? QStringLiteral("created") : QStringLiteral("updated"));
        if (predicted == QLatin1String("update"))
            QCOMPARE(answer.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString(),
                     p.value(QStringLiteral("contact_id")).toString());
        QVERIFY(!answer.contains(QStringLiteral("surprise")));
        // The history's diff, offline, is the preview's.
        const ProcessResult diff = cli(
            {QStringLiteral("history"), QStringLiteral("diff"), QString::number(entry), QStringLiteral("--json")});
        QCOMPARE(diff.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(diff.out).object();
        QCOMPARE(d.value(QStringLiteral("before_known")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("changes")).toArray(), p.value(QStringLiteral("changes")).toArray());
    }
}

void TestCliPreview::theRevertBodyBringsEveryFieldBack()
{
    const QString id = m_seeded.at(7).value(QStringLiteral("id")).toString();
    const QJsonObject before = contact(id);
    const QStringList addresses = emails(before);
    const QByteArray body = request(addresses.at(1),
                                    R"({"title":"Reverted soon","department":null,"stage":"working",
      "first_name":"Changed","middle_name":"M","contact_emails":[{"email":")"
                                        + addresses.at(1).toUtf8() + R"(","is_primary":true,"labels":["WORK"]},
      {"email":"added.row@x.example","is_primary":false,"labels":[]}]})");
    const qint64 entry = sendAndRecord(body);
    QVERIFY(entry > 0);
    QVERIFY(str(contact(id), "title") == QLatin1String("Reverted soon"));

    const ProcessResult revert = cli({QStringLiteral("history"), QStringLiteral("revert"), QString::number(entry)});
    QCOMPARE(revert.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(revert.out).isObject());
    QVERIFY(sendAndRecord(revert.out) > 0);

    // Every attribute is as it was, but when and by whom it was last changed.
    const QJsonObject now = contact(id).value(QStringLiteral("attributes")).toObject();
    const QJsonObject was = before.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(now.keys(), was.keys());
    for (const QString &field : was.keys()) {
        if (field == QLatin1String("updated_at") || field == QLatin1String("updated_by_user_id"))
            continue;
        QVERIFY2(same(field, writeForm(field, was.value(field)), writeForm(field, now.value(field))),
                 qPrintable(field));
    }
}

void TestCliPreview::aCreateCannotBeReverted()
{
    const qint64 entry = sendAndRecord(request(QStringLiteral("made.once@x.example"), R"({"title":"T"})"));
    QVERIFY(entry > 0);
    const ProcessResult r = cli({QStringLiteral("history"), QStringLiteral("revert"), QString::number(entry)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(QStringLiteral("A create cannot be reverted")), qPrintable(r.errText()));
}

void TestCliPreview::previewUnavailable()
{
    const QByteArray body = request(emails(m_seeded.at(1)).first(), R"({"title":"T"})");
    const QStringList args {QStringLiteral("preview"), QStringLiteral("-"), QStringLiteral("--profile"),
                            QStringLiteral("Local"), QStringLiteral("--json")};
    // A key the server refuses.
    QProcessEnvironment env = homeEnvironment(m_home.path(), QStringLiteral("not-the-key"));
    ProcessResult r = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, body, env);
    QCOMPARE(r.exitCode, 4);
    QJsonObject p = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(p.value(QStringLiteral("prediction")).toString(), QStringLiteral("unknown"));
    QCOMPARE(p.value(QStringLiteral("why")).toString(), QStringLiteral("refused"));

    // A server that never answers.
    HostileServer silent(HostileServer::Behaviour::Silent);
    QString error;
    QVERIFY2(silent.listen(false, &error), qPrintable(error));
    r = cli(args
                + QStringList {QStringLiteral("--base-url"), silent.baseUrl().toString(), QStringLiteral("--timeout"),
                               QStringLiteral("1")},
            body);
    QCOMPARE(r.exitCode, 4);
    p = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(p.value(QStringLiteral("prediction")).toString(), QStringLiteral("unknown"));
    QCOMPARE(p.value(QStringLiteral("why")).toString(), QStringLiteral("timeout"));

    // No key at all: the server is not asked.
    r = cli(args, body, false);
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("prediction")).toString(),
             QStringLiteral("unknown"));

    // An invalid request is not asked about.
    r = cli(args, R"({"match":{"primary_email":"a@x.example"},"attributes":{}})");
    QCOMPARE(r.exitCode, 1);
}

// A send takes the preview just before it leaves: the history keeps the contact as it was and
// what was predicted; a send that went as predicted is no surprise.
void TestCliPreview::aSendKeepsTheContactAsItWasAndThePrediction()
{
    const QJsonObject c = m_seeded.at(9);
    const qint64 entry = sendAndRecord(request(emails(c).first(), R"({"title":"Kept before"})"));
    QVERIFY(entry > 0);
    const ProcessResult show
        = cli({QStringLiteral("history"), QStringLiteral("show"), QString::number(entry), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(show.out).object();
    const QJsonObject before = row.value(QStringLiteral("before_state")).toObject();
    QCOMPARE(before.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("id")).toString());
    QCOMPARE(str(before, "title"), str(c, "title"));
    QCOMPARE(row.value(QStringLiteral("prediction")).toObject().value(QStringLiteral("prediction")).toString(),
             QStringLiteral("update"));
    QVERIFY(!row.contains(QStringLiteral("surprise")));
    const ProcessResult text = cli({QStringLiteral("history"), QStringLiteral("show"), QString::number(entry)});
    QVERIFY2(text.outText().contains(QStringLiteral("Predicted: Will update ")), qPrintable(text.outText()));
    const ProcessResult surprises
        = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--surprises")});
    QCOMPARE(surprises.exitCode, 0);
    QCOMPARE(surprises.outText().trimmed().split(QLatin1Char('\n')).size(), 1); // the header alone
}

void TestCliPreview::helpNamesTheNewCommands()
{
    QVERIFY(cli({QStringLiteral("--help")}).outText().contains(QStringLiteral("preview FILE|-")));
    const ProcessResult preview = cli({QStringLiteral("preview"), QStringLiteral("--help")});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY(preview.outText().contains(QStringLiteral("4 the")));
    const QString history = cli({QStringLiteral("history"), QStringLiteral("--help")}).outText();
    QVERIFY(history.contains(QStringLiteral("history diff ID")));
    QVERIFY(history.contains(QStringLiteral("history revert ID")));
    QVERIFY(cli({QStringLiteral("send"), QStringLiteral("--help")}).outText().contains(QStringLiteral("surprise: ")));
}

QTEST_GUILESS_MAIN(TestCliPreview)

// Someone else creates the contact between send's preview (no contact: a create) and its write,
// which the sandbox holds for a while: the server updates instead, and send says so on a line
// of its own, and the history lists the entry among the surprises.
void TestCliPreview::aSendThatWentOtherThanPredictedSaysSo()
{
    const QString email = QStringLiteral("raced.%1@surprise.example").arg(QDateTime::currentMSecsSinceEpoch());
    // The log of the earlier tests' queries may still be on its way through the pipe: read until it is still.
    int queriesBefore = -1;
    for (int seen = m_sandbox->requestsAnswered(QStringLiteral("/contact/_query")); seen != queriesBefore;
         seen = m_sandbox->requestsAnswered(QStringLiteral("/contact/_query"))) {
        queriesBefore = seen;
        QTest::qWait(300);
    }
    QProcessEnvironment env = homeEnvironment(m_home.path(), kKey);
    env.insert(QStringLiteral("ASSERTDESK_KEYCHAIN_SERVICE"),
               QStringLiteral("assertdesk-test-%1").arg(QCoreApplication::applicationPid()));
    QProcess send;
    send.setProcessEnvironment(env);
    // The fault header goes with the write only, never with the preview's read.
    send.start(QStringLiteral(ASSERTDESK_CLI_EXE),
               {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                QStringLiteral("--header"), QStringLiteral("X-Sandbox-Fault: hold=3500")});
    QVERIFY(send.waitForStarted());
    send.write(request(email, R"({"title":"Mine"})"));
    send.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestsAnswered(QStringLiteral("/contact/_query")) > queriesBefore, 20000);
    HttpClient http(m_sandbox->baseUrl(), kKey.toUtf8());
    QCOMPARE(http.post(QStringLiteral("/contact/_assert"), request(email, R"({"title":"Theirs"})")).status, 201);
    QVERIFY(send.waitForFinished(30000));
    const QString out = QString::fromUtf8(send.readAllStandardOutput());
    QVERIFY2(send.exitCode() == 0, qPrintable(out + QString::fromUtf8(send.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("updated")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\nsurprise: ")), qPrintable(out));
    const ProcessResult surprises
        = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--surprises")});
    QCOMPARE(surprises.exitCode, 0);
    QVERIFY2(surprises.outText().contains(email), qPrintable(surprises.outText()));
}
