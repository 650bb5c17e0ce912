#include "tst_responsepanel.h"

#include "assertresponse.h"
#include "bulkresponse.h"
#include "responsepanel.h"
#include "responsetreemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace AssertDesk;

void TestResponsePanel::tenMegabytesLoadWhileTheEventLoopRuns()
{
    const QByteArray body = Test::bulkEmailsResponse(90000);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    Ui::ResponsePanel panel;
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
    heartbeat.start(5);
    QSignalSpy shown(&panel, &Ui::ResponsePanel::shown);
    Contract::SendResult result;
    result.outcome = Contract::Outcome::Succeeded;
    result.httpStatus = 200;
    result.body = body;
    panel.showResult(result, {});
    QVERIFY(panel.isParsing()); // the parse left this thread
    QVERIFY(shown.wait(60000));
    QVERIFY2(ticks > 0, "the event loop did not run while the answer was parsed");

    QVERIFY(panel.bannerText().startsWith(
        QStringLiteral("Updated — matched on contact_emails = person0@bulk-example.example")));
    Ui::ResponseTreeModel *model = panel.treeModel();
    QModelIndex list;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == QLatin1String("contact_emails"))
            list = model->index(r, 0);
    QVERIFY(list.isValid());
    // Loaded a page at a time, not 90,000 rows at once.
    QVERIFY(model->rowCount(list) <= Ui::ResponseTreeModel::kPageSize);
    QVERIFY(model->canFetchMore(list));
    model->fetchMore(list);
    QCOMPARE(model->rowCount(list), Ui::ResponseTreeModel::kPageSize);
    model->fetchMore(list);
    QCOMPARE(model->rowCount(list), 2 * Ui::ResponseTreeModel::kPageSize);
    QCOMPARE(model->index(999, 1, list).data().toString(),
             QStringLiteral("person999@bulk-example.example [WORK, PERSONAL]"));
    QCOMPARE(model->index(0, 1, list).data().toString(),
             QStringLiteral("person0@bulk-example.example (primary) [WORK, PERSONAL]"));
    QVERIFY(model->index(0, 1, list).data(Qt::FontRole).value<QFont>().bold()); // the primary stands out
}

// A send's answer comes read already (the send checked it off the UI thread): the panel shows it
// without reading 10 MB a second time, and without a "Reading the answer" pause.
void TestResponsePanel::anAnswerTheSendReadIsNotReadAgain()
{
    Contract::SendResult result;
    result.outcome = Contract::Outcome::Succeeded;
    result.httpStatus = 200;
    result.body = Test::bulkEmailsResponse(90000);
    result.answer = std::make_shared<const Contract::AssertResponse>(
        Contract::AssertResponse::parse(result.body, result.httpStatus, Contract::AssertResponse::Lists::OnDemand));
    Ui::ResponsePanel panel;
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy shown(&panel, &Ui::ResponsePanel::shown);
    panel.showResult(result, {});
    QVERIFY(!panel.isParsing()); // nothing left to read, here or on another thread
    QVERIFY2(!panel.bannerText().startsWith(QStringLiteral("Reading")), qPrintable(panel.bannerText()));
    QVERIFY(shown.wait(10000));
    QVERIFY2(panel.bannerText().startsWith(
                 QStringLiteral("Updated — matched on contact_emails = person0@bulk-example.example")),
             qPrintable(panel.bannerText()));
    QVERIFY(panel.treeModel()->rowCount() > 0);
}

void TestResponsePanel::changedFieldsAreMarkedAndTimesAreLocal()
{
    Ui::ResponsePanel panel;
    QSignalSpy shown(&panel, &Ui::ResponsePanel::shown);
    Contract::SendResult result;
    result.outcome = Contract::Outcome::Succeeded;
    result.httpStatus = 201;
    result.body = R"({"data":{"id":"c","attributes":{
        "first_name":{"value":"Sarah","value_type":"string"},
        "title":{"value":"VP","value_type":"string"},
        "created_at":{"value":"2026-11-27T10:00:00Z","value_type":"timestamp"},
        "stage":{"value":{"id":"s","display_value":"Working","api_name":"working","color":"#6966FF"},"value_type":"contact_stage"}}},
        "meta":{"action":"created","matched_on":{}}})";
    const QJsonObject sent {{QStringLiteral("attributes"),
                             QJsonObject {{QStringLiteral("first_name"), QStringLiteral(" Sarah ")},
                                          {QStringLiteral("title"), QStringLiteral("VP")},
                                          {QStringLiteral("stage"), QStringLiteral("working")}}}};
    panel.showResult(result, sent);
    QVERIFY(shown.wait(10000));
    Ui::ResponseTreeModel *model = panel.treeModel();
    QCOMPARE(model->changedFields(), QStringList {QStringLiteral("first_name")});
    QVERIFY(panel.bannerText().contains(QStringLiteral("Stored differently from what you sent: first_name")));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex value = model->index(r, 1);
        const QString field = model->index(r, 0).data().toString();
        if (field == QLatin1String("first_name"))
            QVERIFY(value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("You sent  Sarah")));
        if (field == QLatin1String("created_at"))
            QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-11-27 10:00:00.000 UTC"));
        if (field == QLatin1String("stage"))
            QCOMPARE(value.data(Qt::DecorationRole).value<QColor>(), QColor(0x69, 0x66, 0xff));
    }
}

void TestResponsePanel::errorsAreShownPlainly()
{
    Ui::ResponsePanel panel;
    QSignalSpy fault(&panel, &Ui::ResponsePanel::fieldAtFault);
    Contract::SendResult rejected;
    rejected.outcome = Contract::Outcome::Rejected;
    rejected.httpStatus = 422;
    rejected.body = R"({"error":{"code":"unknown_field","message":"nickname is not a field","field":"nickname"}})";
    panel.showResult(rejected,
                     QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("nickname"), 1}}}});
    QCOMPARE(
        panel.bannerText(),
        QStringLiteral("Rejected (HTTP 422) — unknown_field: nickname is not a field\nField: /attributes/nickname"));
    QCOMPARE(fault.count(), 1);
    QCOMPARE(fault.first().first().toString(), QStringLiteral("/attributes/nickname"));

    Contract::SendResult unknown;
    unknown.outcome = Contract::Outcome::Unknown;
    unknown.summary = QStringLiteral("No answer within 30 s");
    panel.showResult(unknown, {});
    QVERIFY(panel.bannerText().startsWith(QStringLiteral("Outcome unknown — No answer")));
}

// A rejection's message holding HTML and an escape sequence is shown as text: no link planted in
// the banner, the escape written out.
void TestResponsePanel::serverTextIsShownNeverObeyed()
{
    Ui::ResponsePanel panel;
    Contract::SendResult rejected;
    rejected.outcome = Contract::Outcome::Rejected;
    rejected.httpStatus = 422;
    rejected.body
        = R"({"error":{"code":"bad","message":"<a href='https://evil.example'>Fix it here</a>\u001b[2K","field":"title"}})";
    panel.showResult(rejected, {});
    auto *banner = panel.findChild<QLabel *>(QStringLiteral("outcomeBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    QVERIFY2(panel.bannerText().contains(QStringLiteral("<a href='https://evil.example'>Fix it here</a>\\u001b[2K")),
             qPrintable(panel.bannerText()));
    QVERIFY(!panel.bannerText().contains(QChar(0x1b)));
}

// The raw view and the problems a rejection names quote the server too: a control character or
// a bidirectional override in a header, the body or a field's message is written out there as well.
void TestResponsePanel::serverTextIsWrittenOutInTheRawViewAndTheProblems()
{
    Ui::ResponsePanel panel;
    QSignalSpy problems(&panel, &Ui::ResponsePanel::serverProblems);
    Contract::SendResult rejected;
    rejected.outcome = Contract::Outcome::Rejected;
    rejected.httpStatus = 422;
    rejected.headers = {{"X-Request-Id", "abc\x1b]0;pwned\x07"}};
    rejected.body
        = QStringLiteral(R"({"error":{"code":"bad","message":"exe.\u202etxt \u001b[2K","field":"title"}})").toUtf8();
    panel.showResult(rejected, {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("title"), 1}}}});
    auto *raw = panel.findChild<QPlainTextEdit *>(QStringLiteral("responseRaw"));
    QVERIFY(raw);
    const QString shown = raw->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("X-Request-Id: abc\\u001b]0;pwned\\u0007")), qPrintable(shown));
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x202e)})
        QVERIFY2(!shown.contains(c), qPrintable(shown));
    QCOMPARE(problems.count(), 1);
    const auto named = problems.first().first().value<Contract::ValidationProblems>();
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().message, QStringLiteral("exe.\\u202etxt \\u001b[2K"));
}

QTEST_MAIN(TestResponsePanel)
