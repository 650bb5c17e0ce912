// One assert round trip with the app's own client (ApiCall on QNetworkAccessManager), and the
// sandbox's throughput under concurrent load. Usage:
//   bench_roundtrip BASE_URL KEY sequential N      -> median µs per assert, connection kept alive
//   bench_roundtrip BASE_URL KEY fresh N           -> the same, a new connection for each (as curl)
//   bench_roundtrip BASE_URL KEY warm N            -> a new connection for each, opened by a
//                                                     warm-up before the send (as the window does)
//   bench_roundtrip BASE_URL KEY concurrent C SECS -> asserts per second
// BENCH_CA=FILE trusts that PEM certificate (for an HTTPS sandbox).
#include "apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    ApiCall::Options options;
    options.baseUrl = QUrl(QString::fromLocal8Bit(argv[1]));
    options.key = QString::fromLocal8Bit(argv[2]);
    const QByteArray mode(argv[3]);
    if (const QByteArray ca = qgetenv("BENCH_CA"); !ca.isEmpty()) {
        QFile pem(QString::fromLocal8Bit(ca));
        if (!pem.open(QIODevice::ReadOnly))
            return 2;
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(QSslCertificate(pem.readAll()));
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    const auto body = [](int i) -> QByteArray {
        return QByteArray(R"({"match":{"primary_email":"bench)") + QByteArray::number(i % 50)
            + R"(@x.example"},"attributes":{"title":"T)" + QByteArray::number(i) + R"("}})";
    };

    if (mode == "sequential" || mode == "fresh" || mode == "warm") {
        const bool fresh = mode == "fresh" || mode == "warm";
        const bool warm = mode == "warm";
        const int n = QByteArray(argv[4]).toInt();
        // A new connection for each assert, as curl makes: the request asks the server to close
        // it. (Clearing the manager's connection cache instead would also stop and restart its
        // HTTP thread each time, which the app never does.)
        if (fresh)
            options.extraHeaders.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        QList<qint64> times;
        for (int i = 0; i < n; ++i) {
            if (warm) {
                // What the window does while the request is edited, untimed: a client of its own
                // each time, as a client warms a host up once in ten seconds.
                ApiClient warmer(&nam);
                warmer.warmUp(options.baseUrl);
                QEventLoop settle;
                QTimer::singleShot(5, &settle, &QEventLoop::quit);
                settle.exec();
            }
            ApiCall *call = client.assertContact(options, body(i), &client);
            QEventLoop loop;
            QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
            QElapsedTimer t;
            t.start();
            call->start();
            if (!call->isFinished())
                loop.exec();
            if (call->result().outcome != Outcome::Succeeded)
                return 1;
            if (i > 0 || fresh) // the first opens the connection; kept alive, it is reported apart
                times << t.nsecsElapsed() / 1000;
            else
                std::fprintf(stderr, "first (with connect): %lld us\n",
                             static_cast<long long>(t.nsecsElapsed() / 1000));
            call->deleteLater();
        }
        std::sort(times.begin(), times.end());
        std::printf("%lld\n", static_cast<long long>(times.at(times.size() / 2)));
        return 0;
    }

    const int concurrency = QByteArray(argv[4]).toInt();
    const int seconds = argc > 5 ? QByteArray(argv[5]).toInt() : 3;
    int done = 0;
    int failed = 0;
    int started = 0;
    bool stopping = false;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        ApiCall *call = client.assertContact(options, body(started++), &client);
        QObject::connect(call, &ApiCall::finished, &app, [&, call](const SendResult &r) {
            (r.outcome == Outcome::Succeeded ? done : failed)++;
            call->deleteLater();
            if (!stopping)
                launch();
            else if (done + failed == started)
                loop.quit();
        });
        call->start();
    };
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < concurrency; ++c)
        launch();
    QTimer::singleShot(seconds * 1000, &app, [&] { stopping = true; });
    loop.exec();
    std::printf("%.0f\t%d\n", double(done) * 1000.0 / double(clock.elapsed()), failed);
    return failed ? 1 : 0;
}
