#include "findchild.h"
#include "sandboxprocess.h"

#include "abstractendpointresolver.h"
#include "apiclient.h"
#include "batchrecord.h"
#include "batchresultsfilter.h"
#include "batchresultsmodel.h"
#include "batchresultssaver.h"
#include "batchview.h"
#include "historyservice.h"
#include "sessionbatchrunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace AssertDesk;
using AssertDesk::Test::SandboxProcess;
using AssertDesk::Ui::BatchResultsModel;
using AssertDesk::Ui::BatchView;
using AssertDesk::Ui::SessionBatchRunner;

namespace {

const QString kKey = QStringLiteral("batch-window-key-0001");

QString data(const char *name)
{
    return QStringLiteral(ASSERTDESK_TEST_DATA "/batch/") + QLatin1String(name);
}

// The sandbox at its address with its key, as the window's resolver gives an account's endpoint.
class SandboxResolver final : public Session::AbstractEndpointResolver
{
public:
    explicit SandboxResolver(QUrl baseUrl)
        : m_baseUrl(std::move(baseUrl))
    {
    }
    void resolve(const Profiles::Profile &, QObject *context, Done done) override
    {
        Session::Endpoint endpoint;
        endpoint.baseUrl = m_baseUrl;
        endpoint.key = kKey;
        QTimer::singleShot(0, context, [endpoint, done] { done(endpoint); });
    }
    void locate(const Profiles::Profile &, QObject *context, Located done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(m_baseUrl); });
    }

private:
    QUrl m_baseUrl;
};

// Presses the button named `text` of the next message box, and keeps what it said.
void answerNextBox(const QString &text, QString *said)
{
    QTimer::singleShot(0, qApp, [text, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextBox(text, said);
        *said = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text)
                b->click();
    });
}

int countOutcome(const BatchResultsModel *results, const QString &outcome)
{
    int n = 0;
    for (int row = 0; row < results->rowCount(); ++row)
        n += results->index(row, BatchResultsModel::OutcomeColumn).data().toString() == outcome;
    return n;
}

} // namespace

class TestSessionBatchRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewCountsAndPredictionsAreShown();
    void sendFillsOutcomesTaggedWithTheBatchInTheHistory();
    void cancelLeavesTheRowsNotStartedNotSent();

private:
    bool openChecked(const char *file);
    bool waitIdle(QSignalSpy &finished, int count = 1);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::ApiClient> m_client;
    std::unique_ptr<History::HistoryService> m_history;
    std::unique_ptr<SandboxResolver> m_resolver;
    std::unique_ptr<SessionBatchRunner> m_runner;
    std::unique_ptr<BatchView> m_view;
};

void TestSessionBatchRunner::init()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey}));
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Net::ApiClient>(m_network.get());
    m_history = std::make_unique<History::HistoryService>(m_dir->path());
    QVERIFY(m_history->open().result().error.isEmpty());
    m_resolver = std::make_unique<SandboxResolver>(m_sandbox->baseUrl());
    m_runner = std::make_unique<SessionBatchRunner>(m_client.get(), m_history.get(), m_resolver.get());
    Profiles::Profile profile;
    profile.name = QStringLiteral("Local");
    profile.baseUrl = m_sandbox->baseUrl();
    m_view = std::make_unique<BatchView>(m_dir->filePath(QStringLiteral("mappings")), m_runner.get(),
                                         [profile] { return profile; });
}

void TestSessionBatchRunner::cleanup()
{
    m_view.reset();
    m_runner.reset();
    m_history.reset();
    m_sandbox.reset();
}

bool TestSessionBatchRunner::openChecked(const char *file)
{
    return m_view->open(data(file)) && QTest::qWaitFor([this] { return !m_view->isChecking(); }, 60000);
}

bool TestSessionBatchRunner::waitIdle(QSignalSpy &finished, int count)
{
    return QTest::qWaitFor([&] { return finished.count() >= count; }, 60000);
}

void TestSessionBatchRunner::previewCountsAndPredictionsAreShown()
{
    QVERIFY(openChecked("send-mixed.csv"));
    const qint64 valid = m_view->summary().valid;
    QVERIFY(valid > 2 && m_view->summary().invalid > 0);
    QSignalSpy finished(m_runner.get(), &Ui::BatchRunner::finished);
    FIND_CHILD(QPushButton, preview, m_view.get(), "batchPreview");
    QVERIFY(preview->isEnabled());
    preview->click();
    QVERIFY(waitIdle(finished));
    FIND_CHILD(QLabel, summary, m_view.get(), "batchPreviewSummary");
    QCOMPARE(summary->text(),
             QStringLiteral("Will create %1, update 0; ambiguous 0, unchanged 0, unavailable 0").arg(valid));
    const BatchResultsModel *results = m_view->resultsModel();
    QCOMPARE(results->index(0, BatchResultsModel::PredictionColumn).data().toString(), QStringLiteral("will create"));
    // An invalid row is not asked about.
    for (int row = 0; row < results->rowCount(); ++row)
        if (results->index(row, BatchResultsModel::CheckColumn).data().toString() == QStringLiteral("invalid"))
            QVERIFY(results->index(row, BatchResultsModel::PredictionColumn).data().toString().isEmpty());
    QVERIFY(preview->isEnabled());
}

void TestSessionBatchRunner::sendFillsOutcomesTaggedWithTheBatchInTheHistory()
{
    QVERIFY(openChecked("send-mixed.csv"));
    const qint64 valid = m_view->summary().valid;
    QSignalSpy finished(m_runner.get(), &Ui::BatchRunner::finished);
    FIND_CHILD(QPushButton, send, m_view.get(), "batchSend");
    QString asked;
    answerNextBox(QStringLiteral("Send only the valid rows"), &asked);
    // Each row says what it did as it finishes, before the batch ends (and the history is read).
    QList<Ui::BatchRowOutcome> asTheyCame;
    connect(m_runner.get(), &Ui::BatchRunner::rowFinished, this, [&](const Ui::BatchRowOutcome &row) {
        if (finished.isEmpty())
            asTheyCame << row;
    });
    send->click();
    QVERIFY2(asked.contains(QStringLiteral("\"Local\"")) && asked.contains(m_sandbox->baseUrl().toString())
                 && asked.contains(QString::number(valid)),
             qPrintable(asked));
    QVERIFY(waitIdle(finished));
    QVERIFY(!asTheyCame.isEmpty());
    for (const Ui::BatchRowOutcome &row : std::as_const(asTheyCame)) {
        QCOMPARE(row.outcome, Ui::BatchRowOutcome::Outcome::Succeeded);
        QCOMPARE(row.action, QStringLiteral("created"));
        QVERIFY(!row.contactId.isEmpty());
        QVERIFY(row.line > 1);
    }
    const BatchResultsModel *results = m_view->resultsModel();
    QCOMPARE(countOutcome(results, QStringLiteral("succeeded")), valid);
    QCOMPARE(results->index(0, BatchResultsModel::ActionColumn).data().toString(), QStringLiteral("created"));
    QVERIFY(!results->index(0, BatchResultsModel::ContactColumn).data().toString().isEmpty());
    FIND_CHILD(QComboBox, show, m_view.get(), "batchResultsFilter");
    FIND_CHILD(QTableView, table, m_view.get(), "batchResults");
    show->setCurrentIndex(int(Ui::BatchResultsFilter::Show::Succeeded));
    QCOMPARE(table->model()->rowCount(), int(valid));
    // Every sent row is an assert in the history, tagged with the batch and its row.
    QVERIFY(m_runner->batchId() > 0);
    const QList<History::BatchRowState> rows = m_history->batchRows(m_runner->batchId()).result();
    QCOMPARE(rows.size(), valid);
    for (const History::BatchRowState &r : rows) {
        QCOMPARE(r.outcome, QStringLiteral("succeeded"));
        QCOMPARE(results->index(int(r.row - 1), BatchResultsModel::HistoryColumn).data().toLongLong(), r.historyId);
    }
    // The results file: the file's columns and each row's outcome, for its owner only.
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    QSignalSpy saved(m_view->resultsSaver(), &Ui::BatchResultsSaver::saved);
    FIND_CHILD(QPushButton, save, m_view.get(), "batchSaveResults");
    QVERIFY(save->isEnabled());
    m_view->saveResults(out);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QList<QByteArray> lines = written.readAll().split('\n');
    // Written as the file was: its byte order mark and its semicolons.
    QVERIFY2(lines.first().startsWith("\xEF\xBB\xBF"), lines.first().constData());
    QVERIFY2(lines.first().endsWith("outcome;http_status;action;contact_id;error_code;message;history_id\r"),
             lines.first().constData());
    QVERIFY2(lines.at(1).contains(";succeeded;201;created;"), lines.at(1).constData());
    const QByteArray all = lines.join('\n');
    QCOMPARE(all.count(";succeeded;"), valid);
    QVERIFY(all.contains(";invalid;"));
    // The same file previewed again: nothing left to change.
    QSignalSpy again(m_runner.get(), &Ui::BatchRunner::finished);
    FIND_CHILD(QPushButton, preview, m_view.get(), "batchPreview");
    preview->click();
    QVERIFY(waitIdle(again));
    FIND_CHILD(QLabel, summary, m_view.get(), "batchPreviewSummary");
    QCOMPARE(summary->text(),
             QStringLiteral("Will create 0, update 0; ambiguous 0, unchanged %1, unavailable 0").arg(valid));
}

void TestSessionBatchRunner::cancelLeavesTheRowsNotStartedNotSent()
{
    QVERIFY(openChecked("send-mixed.csv"));
    const qint64 valid = m_view->summary().valid;
    QSignalSpy finished(m_runner.get(), &Ui::BatchRunner::finished);
    FIND_CHILD(QPushButton, send, m_view.get(), "batchSend");
    FIND_CHILD(QPushButton, pause, m_view.get(), "batchPause");
    FIND_CHILD(QPushButton, cancel, m_view.get(), "batchCancel");
    QString asked;
    answerNextBox(QStringLiteral("Send only the valid rows"), &asked);
    send->click();
    // Paused before the first row leaves: the rows the start hands out finish, no more start.
    pause->click();
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QVERIFY(cancel->isEnabled());
    QTest::qWait(1000);
    cancel->click();
    QVERIFY(waitIdle(finished));
    QVERIFY2(finished.first().first().toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.first().first().toString()));
    const BatchResultsModel *results = m_view->resultsModel();
    const int sent = countOutcome(results, QStringLiteral("succeeded"));
    const int notSent = countOutcome(results, QStringLiteral("not sent"));
    QVERIFY2(sent <= 4, qPrintable(QString::number(sent)));
    QCOMPARE(sent + notSent, valid);
    QVERIFY(notSent > 0);
    const QList<History::BatchRowState> rows = m_history->batchRows(m_runner->batchId()).result();
    QCOMPARE(rows.size(), sent);
}

QTEST_MAIN(TestSessionBatchRunner)
#include "tst_sessionbatchrunner.moc"
