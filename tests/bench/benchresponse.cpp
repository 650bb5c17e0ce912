// A large assert answer in the response panel: time to the first visible rows of the typed tree,
// peak memory, and the longest stall of the UI event loop while it loads.
#include "bulkresponse.h"
#include "responsepanel.h"
#include "responsetreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <sys/resource.h>

namespace {

long maxRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10;
    AssertDesk::Ui::ResponsePanel panel;
    panel.resize(900, 700);
    panel.show();
    QCoreApplication::processEvents();

    AssertDesk::Contract::SendResult result;
    result.outcome = AssertDesk::Contract::Outcome::Succeeded;
    result.httpStatus = 200;
    result.body = AssertDesk::Test::bulkEmailsResponseOfSize(megabytes * 1000 * 1000);
    const long rssBefore = maxRssKb();

    qint64 longestStall = 0;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longestStall = qMax(longestStall, beat.restart()); });
    QElapsedTimer clock;
    QEventLoop loop;
    qint64 firstRows = -1;
    QObject::connect(&panel, &AssertDesk::Ui::ResponsePanel::shown, [&] {
        // The rows are in the view once the next paint is done.
        QTimer::singleShot(0, [&] {
            panel.treeView()->viewport()->repaint();
            if (panel.treeModel()->rowCount() > 0)
                firstRows = clock.elapsed();
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        });
    });
    beat.start();
    heartbeat.start(1);
    clock.start();
    panel.showResult(result, {});
    loop.exec();
    // The stall is measured from the moment the answer is handed over until the rows are shown.
    std::printf("%lld\t%lld\t%lld\t%ld\n", static_cast<long long>(megabytes), static_cast<long long>(firstRows),
                static_cast<long long>(longestStall), (maxRssKb() - rssBefore) / 1024);
    return firstRows >= 0 ? 0 : 1;
}
