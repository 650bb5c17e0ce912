// The window's batch view with a large file: a CSV of ROWS contacts (default 100,000) opened in
// the view, shown on screen, and checked to the end while a 5 ms timer notes every gap in the
// event loop; the rows table is scrolled to its end as rows arrive, as a person watching would.
// Prints, tab-separated: rows, seconds to the end of the check, the longest event-loop stall
// (ms, wall clock), the number of stalls over 50 ms, the most CPU time the window's thread spent
// between two ticks (ms: the stall an idle machine would show), peak resident memory (MB). The
// target: no stall over 50 ms. Figures, not a test: nothing here fails on time.
//   bench_batchview [ROWS]
#include "batchrowsmodel.h"
#include "batchview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <malloc.h>
#include <sys/resource.h>

using namespace AssertDesk;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The columns people export, quoted cells with commas and line breaks, one row in a hundred
// invalid and one in two hundred repeating an earlier contact (as bench_batch writes them).
QByteArray row(qint64 i)
{
    const qint64 person = i % 200 == 7 ? i - 5 : i;
    const QByteArray n = QByteArray::number(person);
    QByteArray r = "person" + n
        + (i % 100 == 3 ? QByteArray("@,") : "@company" + QByteArray::number(person % 997) + ".example,");
    r += "First" + QByteArray::number(i) + ",Last" + QByteArray::number(i % 5000) + ",\"VP, Sales\",Sales,";
    r += "+1415555" + QByteArray::number(1000 + i % 9000) + (i % 5 == 4 ? ",Working," : ",working,");
    r += "\"" + QByteArray::number(i % 300) + " Main Street, Suite " + QByteArray::number(i % 40) + "\",Berlin,";
    r += QByteArray::number(10000 + i % 89999) + ",DE,https://www.linkedin.com/in/person" + QByteArray::number(i) + ",";
    r += (i % 2 ? "yes," : "no,") + QByteArray(i % 10 == 0 ? "\"Met at the fair;\nwants a \"\"demo\"\"\"" : "Imported");
    return r + "\r\n";
}

bool generate(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("primary_email,first_name,last_name,title,department,primary_phone_number,stage,address.street_one,"
            "address.city,address.zip_code,address.country,linkedin_url,sms_consent,Notes\r\n");
    QByteArray block;
    for (qint64 i = 1; i <= rows; ++i) {
        block += row(i);
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    return f.write(block) >= 0;
}

double threadCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("ASSERTDESK_PHONENUMBERS_MODULE"))
        qputenv("ASSERTDESK_PHONENUMBERS_MODULE", ASSERTDESK_PHONENUMBERS_MODULE_PATH);
    QApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    if (!generate(path, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    Ui::BatchView view({}, nullptr, {});
    view.resize(1366, 700);
    view.show();
    // Let the window come up before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        app.processEvents(QEventLoop::AllEvents, 50);

    QElapsedTimer sinceTick;
    qint64 longest = 0;
    int over50 = 0;
    QTimer ticker;
    ticker.setInterval(5);
    // The wall-clock gap is what a person feels, but on a machine busy with other work it is mostly
    // the wait for a processor; the window's own CPU time between two ticks is the part the view
    // causes, and what the gap would be on an idle machine.
    double lastCpu = threadCpuSeconds();
    double longestCpu = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        longest = std::max(longest, gap);
        over50 += gap > 50 ? 1 : 0;
        const double cpu = threadCpuSeconds();
        longestCpu = std::max(longestCpu, cpu - lastCpu);
        lastCpu = cpu;
    });
    // A person watching the rows come in: the table follows the end.
    QObject::connect(view.rowsModel(), &QAbstractItemModel::rowsInserted, &view, [&view] {
        view.rowsTable()->verticalScrollBar()->setValue(view.rowsTable()->verticalScrollBar()->maximum());
    });
    QElapsedTimer timer;
    bool done = false;
    QObject::connect(&view, &Ui::BatchView::checkFinished, [&] { done = true; });
    const qint64 rssBefore = statusKb("VmRSS");
    const double uiCpuStart = threadCpuSeconds();
    lastCpu = threadCpuSeconds();
    sinceTick.start();
    ticker.start();
    timer.start();
    // Opening reads the header and starts the check: part of what is measured.
    view.open(path);
    while (!done)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double uiCpu = threadCpuSeconds() - uiCpuStart;
    // Jumping to the first problem once the rows are in.
    sinceTick.restart();
    view.showProblem(0);
    app.processEvents();
    ticker.stop();
    const qint64 rssEnd = statusKb("VmRSS");
    malloc_trim(0);
    std::fprintf(stderr, "resident %lld MB at the end, %lld MB once malloc gave back its free memory\n", rssEnd / 1024,
                 statusKb("VmRSS") / 1024);
    std::fprintf(stderr, "UI thread: %.3f s CPU during the check; resident %lld MB before opening, %lld MB after\n",
                 uiCpu, rssBefore / 1024, statusKb("VmRSS") / 1024);
    std::fprintf(stderr, "%lld rows checked (%lld valid, %lld invalid, %lld repeated); %d rows in the table\n",
                 view.summary().rows, view.summary().valid, view.summary().invalid, view.summary().repeated,
                 view.rowsModel()->rowCount());
    std::printf("%lld\t%.3f\t%lld\t%d\t%.1f\t%lld\n", view.summary().rows, seconds, longest, over50, longestCpu * 1000,
                statusKb("VmHWM") / 1024);
    return 0;
}
