#include "tst_clibatchpreview.h"

#include "httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace AssertDesk::Test;

namespace {

const QString kKey = QStringLiteral("batch-preview-key-7171");

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList batchArgs(const QString &file, const QStringList &more)
{
    return QStringList {QStringLiteral("batch"), file, QStringLiteral("--dry-run")} + more;
}

QStringList atLocal(bool json = false)
{
    QStringList args {QStringLiteral("--profile"), QStringLiteral("Local")};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

} // namespace

ProcessResult TestCliBatchPreview::cli(const QStringList &args, const QByteArray &input, bool withKey) const
{
    QProcessEnvironment env = homeEnvironment(m_home.path(), withKey ? kKey : QString());
    env.insert(QStringLiteral("ASSERTDESK_KEYCHAIN_SERVICE"),
               QStringLiteral("assertdesk-test-%1").arg(QCoreApplication::applicationPid()));
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, env);
}

QString TestCliBatchPreview::write(const char *name, const QByteArray &text) const
{
    const QString path = m_home.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return QString();
    return path;
}

void TestCliBatchPreview::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey}));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"),
                  QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()})
                 .exitCode,
             0);
    HttpClient http(m_sandbox->baseUrl(), kKey.toUtf8());
    const auto seed = [&](const QByteArray &email, const QByteArray &title) {
        return http
            .post(QStringLiteral("/contact/_assert"),
                  R"({"match":{"primary_email":")" + email + R"("},"attributes":{"first_name":"Seed","title":")" + title
                      + R"("}})")
            .json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    };
    m_annId = seed("ann@seed.example", "Old");
    QVERIFY(!m_annId.isEmpty());
    QVERIFY(!seed("bob@seed.example", "Same").isEmpty());

    QByteArray clean
        = "primary_email,first_name,title\r\nann@seed.example,Seed,New\r\n BOB@Seed.example ,Seed,Same\r\n";
    for (int i = 0; i < 250; ++i)
        clean += "new" + QByteArray::number(i) + "@new.example,New,Title " + QByteArray::number(i) + "\r\n";
    m_clean = write("clean.csv", clean);
    m_flawed = write("flawed.csv",
                     "primary_email,first_name,title\n"
                     "ann@seed.example,Seed,New\n"
                     "twice@new.example,A,B\n"
                     "not-an-address,A,B\n"
                     "TWICE@new.example,A,C\n"
                     "fresh@new.example,A,B\n");
    QVERIFY(!m_clean.isEmpty() && !m_flawed.isEmpty());
}

void TestCliBatchPreview::theTextListsEveryValidRowAndTheCounts()
{
    const ProcessResult r = cli(batchArgs(m_clean, atLocal()));
    QCOMPARE(r.exitCode, 0);
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), 252);
    QCOMPARE(out.at(0), QStringLiteral("2\tupdate\tSeed (%1) on ann@seed.example: title").arg(m_annId));
    QVERIFY2(out.at(1).startsWith(QStringLiteral("3\tunchanged\tSeed (")), qPrintable(out.at(1)));
    QCOMPARE(out.at(2), QStringLiteral("4\tcreate\t"));
    QVERIFY2(r.errText().contains(QStringLiteral("Rows: 252 (252 valid, 0 invalid, 0 repeated).")), r.err.constData());
    QVERIFY2(
        r.errText().contains(QStringLiteral("Will create 250, update 1, ambiguous 0, unchanged 1, unavailable 0.")),
        r.err.constData());
    // A query per hundred rows.
    QVERIFY2(r.errText().contains(QStringLiteral("queries made: 3.")), r.err.constData());
}

void TestCliBatchPreview::theJsonHasEachRowsPredictionAndTheCounts()
{
    const ProcessResult r = cli(batchArgs(m_clean, atLocal(true)));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("valid")).toInt(), 252);
    const QJsonObject preview = o.value(QStringLiteral("preview")).toObject();
    QCOMPARE(preview.value(QStringLiteral("create")).toInt(), 250);
    QCOMPARE(preview.value(QStringLiteral("update")).toInt(), 1);
    QCOMPARE(preview.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(preview.value(QStringLiteral("unavailable")).toInt(), 0);
    QCOMPARE(preview.value(QStringLiteral("queries")).toInt(), 3);
    QCOMPARE(preview.value(QStringLiteral("base_url")).toString(), m_sandbox->baseUrl().toString());
    const QJsonArray rows = o.value(QStringLiteral("predictions")).toArray();
    QCOMPARE(rows.size(), 252);
    const QJsonObject ann = rows.at(0).toObject();
    QCOMPARE(ann.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(ann.value(QStringLiteral("prediction")).toString(), QStringLiteral("update"));
    QCOMPARE(ann.value(QStringLiteral("contact_id")).toString(), m_annId);
    const QJsonObject title = ann.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(title.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(title.value(QStringLiteral("before")).toString(), QStringLiteral("Old"));
    QCOMPARE(title.value(QStringLiteral("after")).toString(), QStringLiteral("New"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("prediction")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(rows.at(251).toObject().value(QStringLiteral("prediction")).toString(), QStringLiteral("create"));
    QCOMPARE(rows.at(251).toObject().value(QStringLiteral("line")).toInt(), 253);
}

void TestCliBatchPreview::invalidAndRepeatedRowsAreCheckedButNotPreviewed()
{
    const ProcessResult r = cli(batchArgs(m_flawed, atLocal(true)));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("valid")).toInt(), 2);
    QStringList predicted;
    for (const QJsonValue &v : o.value(QStringLiteral("predictions")).toArray())
        predicted << QString::number(v.toObject().value(QStringLiteral("line")).toInt())
                + v.toObject().value(QStringLiteral("prediction")).toString();
    // Line 3 and 5 repeat one address and line 4 is no address: only 2 and 6 are previewed.
    QCOMPARE(predicted, (QStringList {QStringLiteral("2update"), QStringLiteral("6create")}));
    QCOMPARE(o.value(QStringLiteral("preview")).toObject().value(QStringLiteral("rows")).toInt(), 2);
}

void TestCliBatchPreview::standardInputIsPreviewedToo()
{
    QFile f(m_flawed);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ProcessResult r = cli(batchArgs(QStringLiteral("-"), atLocal()), f.readAll());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("Will create 1, update 1, ambiguous 0, unchanged 0, unavailable 0.")),
             r.err.constData());
}

void TestCliBatchPreview::withoutAProfileOrUrlTheDryRunOnlyChecks()
{
    const ProcessResult r = cli(batchArgs(m_clean, {}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.errText().contains(QStringLiteral("Will create")));
}

void TestCliBatchPreview::withoutAKeyTheRowsAreCheckedAndItExitsSix()
{
    const ProcessResult r = cli(batchArgs(m_clean, atLocal()), {}, false);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.errText().contains(QStringLiteral("Rows: 252 (252 valid")), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("not previewed")), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliBatchPreview::anUnreachableServerMakesRowsUnavailableAndExitsFour()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/api/v2").arg(closed.serverPort());
    closed.close();
    // No profile: the key comes from $ASSERTDESK_API_KEY alone.
    const ProcessResult r = cli(batchArgs(m_clean, {QStringLiteral("--base-url"), url}));
    QCOMPARE(r.exitCode, 4);
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), 252);
    QVERIFY2(out.last().startsWith(QStringLiteral("253\tunavailable\t")), qPrintable(out.last()));
    QVERIFY2(r.errText().contains(QStringLiteral("unavailable 252.")), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliBatchPreview)
