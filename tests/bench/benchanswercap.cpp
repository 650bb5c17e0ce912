// What reading a large answer costs the client in memory: the app's ApiCall reads one answer of
// a given size from a server on loopback, and the peak resident memory it added is printed next
// to the size of the answer and the cap (64 MB). Usage:
//   bench_answercap MEGABYTES [length|close] [read|checked]
//     length:  the answer says its Content-Length (the usual case)
//     close:   it does not, and ends by closing the connection (the client cannot know the size)
//     read:    the answer is read (ApiCall), nothing more
//     checked: and then checked as a send checks it (Contract::checkAssertAnswer, one parse)
// Prints "MEGABYTES  mode  step  peak-extra-MB  kept-MB  outcome". The server runs in a child
// process (forked before Qt starts), so its own copy of the answer is not counted.
#include "answercheck.h"
#include "apiclient.h"
#include "bulkresponse.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace AssertDesk;

namespace {

long maxRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(qMin<qsizetype>(size, 256 * 1024)));
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// Reads a request's head and its Content-Length body, whatever they say.
void readRequest(int fd)
{
    QByteArray in;
    char buffer[4096];
    qsizetype end = -1;
    while ((end = in.indexOf("\r\n\r\n")) < 0) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        in.append(buffer, n);
    }
    const qsizetype at = in.toLower().indexOf("content-length:");
    const qsizetype length = at < 0 ? 0 : in.mid(at + 15, in.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    while (in.size() < end + 4 + length) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        in.append(buffer, n);
    }
}

// The first connection gets a small answer (the client's start-up: its HTTP thread, sockets),
// the second the big one; then the child ends.
[[noreturn]] void serve(int listener, qsizetype bytes, bool withLength)
{
    const QByteArray small = Test::bulkEmailsResponse(1);
    const QByteArray big = Test::bulkEmailsResponseOfSize(bytes);
    for (int i = 0; i < 2; ++i) {
        const int fd = ::accept(listener, nullptr, nullptr);
        if (fd < 0)
            _exit(1);
        readRequest(fd);
        const QByteArray &body = i == 0 ? small : big;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (withLength || i == 0)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "\r\n";
        writeAll(fd, head.constData(), head.size());
        writeAll(fd, body.constData(), body.size());
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
    }
    _exit(0);
}

Contract::SendResult sendOnce(Net::ApiClient &client, const Net::ApiCall::Options &options)
{
    Net::ApiCall *call = client.assertContact(options, R"({"match":{"primary_email":"big@x.example"}})", nullptr);
    QEventLoop loop;
    QObject::connect(call, &Net::ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    if (!call->isFinished())
        loop.exec();
    Contract::SendResult r = call->result();
    delete call;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 60;
    const bool withLength = argc < 3 || QByteArray(argv[2]) != "close";
    const bool checked = argc > 3 && QByteArray(argv[3]) == "checked";
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 4) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 2;
    const pid_t child = ::fork();
    if (child == 0)
        serve(listener, megabytes * 1024 * 1024, withLength);
    ::close(listener);

    QCoreApplication app(argc, argv);
    QNetworkAccessManager nam;
    Net::ApiClient client(&nam);
    Net::ApiCall::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(ntohs(address.sin_port)));
    options.key = QStringLiteral("bench-key");
    options.timeoutSeconds = 120;
    sendOnce(client, options); // warms up: the HTTP thread and its buffers exist from here on
    const long before = maxRssKb();
    Contract::SendResult r = sendOnce(client, options);
    if (checked)
        r = Contract::checkAssertAnswer(std::move(r));
    const long peak = maxRssKb();
    ::kill(child, SIGTERM);
    ::waitpid(child, nullptr, 0);
    std::printf("%lld\t%s\t%s\t%ld\t%lld\t%s\n", static_cast<long long>(megabytes), withLength ? "length" : "close",
                checked ? "checked" : "read", (peak - before) / 1024,
                static_cast<long long>(r.body.size() / (1024 * 1024)), qPrintable(Contract::outcomeName(r.outcome)));
    return r.outcome == Contract::Outcome::Succeeded ? 0 : 1;
}
