#include "findchild.h"
#include "sandboxprocess.h"

#include "abstractendpointresolver.h"
#include "apiclient.h"
#include "batchrecord.h"
#include "batchresultsmodel.h"
#include "batchview.h"
#include "historyservice.h"
#include "mappingchoices.h"
#include "pastbatchbar.h"
#include "question.h"
#include "sendresult.h"
#include "sessionbatchrunner.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace AssertDesk;
using AssertDesk::Test::SandboxProcess;
using AssertDesk::Ui::BatchResultsModel;
using AssertDesk::Ui::BatchRunner;
using AssertDesk::Ui::PastBatchBar;

namespace {

const QString kKey = QStringLiteral("past-batch-key-0001");
const QString kProfile = QStringLiteral("Local");

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

QByteArray rowBody(int row)
{
    return QStringLiteral(R"({"primary_email":"row%1@example.com","first_name":"Row %1"})").arg(row).toUtf8();
}

int countOutcome(const BatchResultsModel *results, const QString &outcome)
{
    int n = 0;
    for (int row = 0; row < results->rowCount(); ++row)
        n += results->index(row, BatchResultsModel::OutcomeColumn).data().toString() == outcome;
    return n;
}

} // namespace

// A batch of five rows left as a crash leaves it: row 1 succeeded, row 2 rejected, row 3 was in
// flight (its answer never heard), rows 4 and 5 never sent. Reopened from the history, it shows
// that; resumed, only rows 4 and 5 are sent unless the person ticks the box for row 3.
class TestPastBatchBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reopeningShowsWhereEachRowStands();
    void resumeSendsOnlyTheRowsNeverSent();
    void unknownRowsAreResentOnlyWhenTickedAndConfirmed();
    void aChangedFileIsOfferedForReviewOnly();

private:
    qint64 crashedBatch();
    bool reopen(qint64 id);
    bool resume(bool resendUnknown);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::ApiClient> m_client;
    std::unique_ptr<History::HistoryService> m_history;
    std::unique_ptr<SandboxResolver> m_resolver;
    std::unique_ptr<Ui::SessionBatchRunner> m_runner;
    std::unique_ptr<Ui::BatchView> m_view;
    QString m_file;
};

void TestPastBatchBar::init()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    m_sandbox->setLogRequests(true);
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey}));
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Net::ApiClient>(m_network.get());
    m_history = std::make_unique<History::HistoryService>(m_dir->path());
    QVERIFY(m_history->open().result().error.isEmpty());
    m_resolver = std::make_unique<SandboxResolver>(m_sandbox->baseUrl());
    m_runner = std::make_unique<Ui::SessionBatchRunner>(m_client.get(), m_history.get(), m_resolver.get());
    Profiles::Profile profile;
    profile.name = kProfile;
    profile.baseUrl = m_sandbox->baseUrl();
    m_view = std::make_unique<Ui::BatchView>(m_dir->filePath(QStringLiteral("mappings")), m_runner.get(),
                                             [profile] { return profile; });
}

void TestPastBatchBar::cleanup()
{
    Ui::Question::setNextAnswer(std::nullopt);
    m_view.reset();
    m_runner.reset();
    m_history.reset();
    m_sandbox.reset();
}

qint64 TestPastBatchBar::crashedBatch()
{
    m_file = m_dir->filePath(QStringLiteral("contacts.csv"));
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QByteArray text = "primary_email,first_name\n";
    for (int row = 1; row <= 5; ++row)
        text += QStringLiteral("row%1@example.com,Row %1\n").arg(row).toUtf8();
    file.write(text);
    file.close();
    History::BatchRecord batch;
    batch.profile = kProfile;
    batch.baseUrl = m_sandbox->baseUrl().toString();
    batch.sourcePath = m_file;
    batch.sourceSize = text.size();
    batch.sourceSha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    batch.header = {QStringLiteral("primary_email"), QStringLiteral("first_name")};
    Batch::MappingChoices choices;
    choices.setMatch(QStringLiteral("primary_email"));
    batch.mapping = choices.toJson(batch.header);
    batch.matchColumn = QStringLiteral("primary_email");
    batch.options = {{QStringLiteral("empty_clears"), false},
                     {QStringLiteral("concurrency"), 4},
                     {QStringLiteral("skip_invalid"), false},
                     {QStringLiteral("delimiter"), int(',')}};
    batch.totalRows = 5;
    const qint64 id = m_history->createBatch(batch).result().id;
    const auto attempt = [&](int row, std::optional<Contract::Outcome> outcome, int status) {
        History::HistoryIntent intent;
        intent.profile = kProfile;
        intent.baseUrl = m_sandbox->baseUrl();
        intent.requestBody = rowBody(row);
        intent.matchKey = QStringLiteral("primary_email");
        intent.matchValue = QStringLiteral("row%1@example.com").arg(row);
        intent.sentAt = QDateTime::currentDateTimeUtc();
        intent.batchId = id;
        intent.batchRow = row;
        intent.batchLine = row + 1;
        const qint64 entry = m_history->beginAttempt(intent).result().id;
        if (!outcome)
            return;
        Contract::SendResult result;
        result.outcome = *outcome;
        result.httpStatus = status;
        result.summary = QStringLiteral("as it was");
        m_history->completeAttempt(entry, result).waitForFinished();
    };
    attempt(1, Contract::Outcome::Succeeded, 201);
    attempt(2, Contract::Outcome::Rejected, 422);
    attempt(3, std::nullopt, 0); // in flight when the process was killed
    return id;
}

bool TestPastBatchBar::reopen(qint64 id)
{
    QSignalSpy reopened(m_view->pastBar(), &PastBatchBar::reopened);
    m_view->reopen(id);
    return reopened.wait(30000) || reopened.count() > 0;
}

bool TestPastBatchBar::resume(bool resendUnknown)
{
    PastBatchBar *bar = m_view->pastBar();
    QSignalSpy reopened(bar, &PastBatchBar::reopened);
    bar->resendUnknownBox()->setChecked(resendUnknown);
    Ui::Question::setNextAnswer(true);
    bar->resumeButton()->click();
    // Resumed, the batch is read again from the history.
    return QTest::qWaitFor([&] { return reopened.count() > 0; }, 60000);
}

void TestPastBatchBar::reopeningShowsWhereEachRowStands()
{
    const qint64 id = crashedBatch();
    QVERIFY(id > 0);
    QVERIFY(reopen(id));
    PastBatchBar *bar = m_view->pastBar();
    QVERIFY(bar->isVisible() || !bar->isHidden());
    const BatchRunner::PastBatch &b = bar->shown().batch;
    QCOMPARE(b.rows, 5);
    QCOMPARE(b.succeeded, 1);
    QCOMPARE(b.rejected, 1);
    QCOMPARE(b.interrupted, 1);
    QCOMPARE(b.notSent, 2);
    QCOMPARE(b.state, QStringLiteral("interrupted"));
    QCOMPARE(bar->countsLabel()->text(),
             QStringLiteral("5 rows: 1 succeeded, 1 rejected, 0 outcome unknown, 1 interrupted, 2 not sent"));
    // The results table, offline: each row as the history has it.
    const BatchResultsModel *results = m_view->resultsModel();
    QCOMPARE(results->rowCount(), 5);
    QCOMPARE(results->index(0, BatchResultsModel::OutcomeColumn).data().toString(), QStringLiteral("succeeded"));
    QCOMPARE(results->index(1, BatchResultsModel::OutcomeColumn).data().toString(), QStringLiteral("rejected"));
    QCOMPARE(results->index(1, BatchResultsModel::HttpColumn).data().toInt(), 422);
    QCOMPARE(results->index(2, BatchResultsModel::OutcomeColumn).data().toString(), QStringLiteral("interrupted"));
    QCOMPARE(results->index(3, BatchResultsModel::OutcomeColumn).data().toString(), QStringLiteral("not sent"));
    QVERIFY(bar->resumeButton()->isEnabled());
    QVERIFY(bar->resendUnknownBox()->isEnabled());
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 0);
}

void TestPastBatchBar::resumeSendsOnlyTheRowsNeverSent()
{
    const qint64 id = crashedBatch();
    QVERIFY(reopen(id));
    QVERIFY(resume(false));
    // Rows 4 and 5, and nothing else: row 3 was read back (a read, never a write) and not sent.
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 2);
    QVERIFY(m_sandbox->requestsAnswered(QStringLiteral("/contact/_query")) >= 1);
    const BatchRunner::PastBatch &b = m_view->pastBar()->shown().batch;
    QCOMPARE(b.succeeded, 3);
    QCOMPARE(b.rejected, 1);
    QCOMPARE(b.interrupted, 1);
    QCOMPARE(b.notSent, 0);
    QCOMPARE(b.state, QStringLiteral("done"));
    const QList<History::BatchRowState> rows = m_history->batchRows(id).result();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(2).check, QStringLiteral("not_landed"));
    QCOMPARE(rows.at(2).attempts, 1);
    const BatchResultsModel *results = m_view->resultsModel();
    QCOMPARE(countOutcome(results, QStringLiteral("succeeded")), 3);
    // Row 3 is still unknown: a second resume without the tick reads it again and sends nothing.
    QVERIFY(m_view->pastBar()->resumeButton()->isEnabled());
    QVERIFY(resume(false));
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 2);
}

void TestPastBatchBar::unknownRowsAreResentOnlyWhenTickedAndConfirmed()
{
    const qint64 id = crashedBatch();
    QVERIFY(reopen(id));
    PastBatchBar *bar = m_view->pastBar();
    // Ticked, but the question is answered no: nothing is sent.
    bar->resendUnknownBox()->setChecked(true);
    Ui::Question::setNextAnswer(false);
    bar->resumeButton()->click();
    QTest::qWait(300);
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 0);
    QVERIFY(Ui::Question::lastQuestion().contains(QStringLiteral("sent again")));
    QVERIFY(resume(true));
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 3);
    const BatchRunner::PastBatch &b = bar->shown().batch;
    QCOMPARE(b.succeeded, 4);
    QCOMPARE(b.interrupted, 0);
    QCOMPARE(m_history->batchRows(id).result().at(2).attempts, 2);
}

void TestPastBatchBar::aChangedFileIsOfferedForReviewOnly()
{
    const qint64 id = crashedBatch();
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::Append));
    file.write("row6@example.com,Row 6\n");
    file.close();
    QVERIFY(reopen(id));
    PastBatchBar *bar = m_view->pastBar();
    QCOMPARE(bar->shown().file, BatchRunner::FileState::Changed);
    QVERIFY(bar->noteLabel()->text().contains(QStringLiteral("changed")));
    QVERIFY(!bar->resumeButton()->isEnabled());
    QCOMPARE(m_view->resultsModel()->index(0, BatchResultsModel::OutcomeColumn).data().toString(),
             QStringLiteral("succeeded"));
    QFile::remove(m_file);
    QVERIFY(reopen(id));
    QCOMPARE(bar->shown().file, BatchRunner::FileState::Gone);
    QVERIFY(!bar->resumeButton()->isEnabled());
    QCOMPARE(m_sandbox->requestsAnswered(QStringLiteral("/contact/_assert")), 0);
}

QTEST_MAIN(TestPastBatchBar)
#include "tst_pastbatchbar.moc"
