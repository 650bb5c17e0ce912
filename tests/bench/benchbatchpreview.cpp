// The batch preview at scale: ROWS rows (default 10,000) predicted against the sandbox executable
// it starts (seeded with a tenth as many contacts, whose addresses every tenth row uses, in
// another case and with spaces), as `batch --dry-run --profile` does. Prints, tab-separated:
// rows, queries made, seconds (wall), rows per second, creates, updates, unchanged, unavailable,
// peak resident memory (VmHWM, MB).
//   bench_batchpreview [ROWS]
#include "apiclient.h"
#include "batchpreview.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace AssertDesk;

namespace {

qint64 peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The seeded contacts' primary addresses, read page by page.
QStringList seededAddresses(Test::HttpClient &http, int count)
{
    QStringList out;
    QString cursor;
    do {
        QByteArray body = R"({"limit":100)";
        if (!cursor.isEmpty())
            body += R"(,"cursor":")" + cursor.toUtf8() + '"';
        const QJsonObject page = http.post(QStringLiteral("/contact/_query"), body + '}').json();
        for (const QJsonValue &c : page.value(QStringLiteral("data")).toArray())
            out << c.toObject()
                       .value(QStringLiteral("attributes"))
                       .toObject()
                       .value(QStringLiteral("primary_email"))
                       .toObject()
                       .value(QStringLiteral("value"))
                       .toString();
        cursor = page.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty() && out.size() < count);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000;
    const int seeded = int(qMax<qint64>(1, rows / 10));
    Test::SandboxProcess sandbox(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    if (!sandbox.start(
            {QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--seed"), QString::number(seeded)})) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    Test::HttpClient http(sandbox.baseUrl(), "k");
    const QStringList known = seededAddresses(http, seeded);

    QNetworkAccessManager nam;
    Net::ApiClient client(&nam);
    Net::ApiCall::Options options;
    options.baseUrl = sandbox.baseUrl();
    options.key = QStringLiteral("k");
    Session::BatchPreview preview(&client, options);
    qint64 next = 0;
    const auto source = [&](qsizetype max) {
        QList<Session::PreviewRow> out;
        for (; out.size() < max && next < rows; ++next) {
            const bool existing = next % 10 == 0 && next / 10 < known.size();
            const QString address = existing ? QLatin1Char(' ') + known.at(next / 10).toUpper()
                                             : QStringLiteral("row%1@bench.example").arg(next);
            out.append({next + 2, address, {{QStringLiteral("title"), QStringLiteral("Bench %1").arg(next % 7)}}});
        }
        return out;
    };
    QEventLoop loop;
    QObject::connect(&preview, &Session::BatchPreview::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    preview.start(source);
    if (preview.state() == Session::BatchPreview::State::Running)
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const Session::BatchPreviewCounts &c = preview.counts();
    std::fprintf(stderr, "%lld rows against %lld seeded contacts: %s\n", rows, qint64(known.size()),
                 qPrintable(c.sentence()));
    std::printf("%lld\t%d\t%.3f\t%.0f\t%lld\t%lld\t%lld\t%lld\t%lld\n", c.rows, c.queries, seconds,
                double(c.rows) / seconds, c.create, c.update, c.unchanged, c.unavailable, peakKb() / 1024);
    return c.rows == rows && c.unavailable == 0 ? 0 : 1;
}
