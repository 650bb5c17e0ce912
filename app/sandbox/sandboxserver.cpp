#include "sandboxserver.h"

#include "contactrecord.h"
#include "seeddata.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

#include <QTimer>
#include <QUrl>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSandbox, "assertdesk.sandbox", QtInfoMsg)

namespace AssertDesk::Sandbox {

namespace {

const QString kApi = QStringLiteral("/api/v2");

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// Every value a header was given, in order (a request may repeat a header).
QList<QByteArray> headerValues(const QHttpServerRequest &request, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out << h.second.trimmed();
    return out;
}

// HTTP/1.1: a client that sends "Connection: close" gets it back, and the connection is closed
// once the answer is written.
bool asksToClose(const QHttpServerRequest &request)
{
    return header(request, "Connection").toLower().contains("close");
}

bool isJson(const QHttpServerRequest &request)
{
    const QByteArray type = header(request, "Content-Type").trimmed().toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

HttpReply methodNotAllowed(const char *allow)
{
    HttpReply r = HttpReply::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("Use %1 for this path.").arg(QString::fromLatin1(allow)));
    r.setHeader("Allow", allow);
    return r;
}

// A valid assert response padded to `megabytes` with extra contact_emails rows.
QByteArray oversizedBody(int megabytes)
{
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024;
    QByteArray body
        = R"({"data":{"id":"0versize-0000-4000-8000-000000000000","record_type":"contact","attributes":{"contact_emails":[)";
    body.reserve(target + 512);
    for (int i = 0; body.size() < target; ++i) {
        if (i)
            body += ',';
        body += R"({"value":{"id":"e-)" + QByteArray::number(i) + R"(","email":"bulk)" + QByteArray::number(i)
            + R"(@oversize.example","is_primary":)" + (i ? "false" : "true")
            + R"(,"labels":[]},"value_type":"contact_email"})";
    }
    body += R"(]}},"meta":{"action":"updated","matched_on":{}}})";
    return body;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_engine(m_store)
{
    m_clock.start();
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::generateKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("sbx_")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SandboxServer::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile certFile(certificateFile);
    QFile keyIn(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate or key (%1, %2)").arg(certificateFile, keyFile);
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("the certificate or the key is not a PEM file Qt can read");
        return false;
    }
    sslSetup(cert, key);
    m_tls = true;
    return true;
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (!m_options.dataFile.isEmpty() && !m_store.open(m_options.dataFile, error))
        return false;
    if (m_store.size() == 0 && m_options.seed > 0) {
        const QList<QJsonObject> seeds = SeedData::contacts(m_options.seed);
        for (const QJsonObject &c : seeds)
            if (!m_engine.seed(c, error))
                return false;
    }
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (in use, or not allowed)").arg(port);
        return false;
    }
    for (QTcpServer *server : servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(kApi);
    return url;
}

std::optional<HttpReply> SandboxServer::checkRateLimit()
{
    if (m_options.rateLimit <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    while (!m_recent.isEmpty() && m_recent.first() <= now - 1000)
        m_recent.removeFirst();
    if (m_recent.size() >= m_options.rateLimit) {
        const qint64 waitMs = m_recent.first() + 1000 - now;
        HttpReply r = HttpReply::error(
            429, QStringLiteral("rate_limited"),
            QStringLiteral("More than %1 requests a second; wait and retry.").arg(m_options.rateLimit));
        r.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
        return r;
    }
    m_recent.append(now);
    return std::nullopt;
}

std::optional<HttpReply> SandboxServer::checkKey(const QHttpServerRequest &request, bool write) const
{
    const QList<QByteArray> given = headerValues(request, "Authorization");
    if (given.size() > 1) // which one would count? Neither: a real gateway refuses this too.
        return HttpReply::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("The request has %1 Authorization headers; send one.").arg(given.size()));
    // The scheme is case-insensitive (RFC 9110): "bearer" and "BEARER" are "Bearer".
    const QByteArray auth = given.value(0);
    const qsizetype space = auth.indexOf(' ');
    const bool bearer = space > 0 && auth.left(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    const QString key = bearer ? QString::fromUtf8(auth.mid(space + 1).trimmed()) : QString();
    const bool full = !key.isEmpty() && m_options.keys.contains(key);
    const bool readOnly = !key.isEmpty() && m_options.readOnlyKeys.contains(key);
    if (!full && !readOnly) {
        HttpReply r
            = HttpReply::json(401, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not authenticated")}});
        r.setHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    if (write && !full)
        return HttpReply::error(
            403, QStringLiteral("permission_denied"), QStringLiteral("This key can read contacts but not write them."),
            QJsonObject {{QStringLiteral("missing_permissions"), QJsonArray {QStringLiteral("contacts:write")}}});
    return std::nullopt;
}

HttpReply SandboxServer::route(const QHttpServerRequest &request, bool *isWrite)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    *isWrite = false;

    if (path == kApi + QLatin1String("/health")) {
        if (!get)
            return methodNotAllowed("GET");
        return HttpReply::json(200,
                               QJsonObject {{QStringLiteral("data"),
                                             QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}}}});
    }
    if (!path.startsWith(kApi + QLatin1Char('/')))
        return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such path: %1").arg(path));

    const QString assertPath = kApi + QLatin1String("/contact/_assert");
    const QString queryPath = kApi + QLatin1String("/contact/_query");
    const QString schemaPath = kApi + QLatin1String("/_schema/contact");
    const QString contactPrefix = kApi + QLatin1String("/contact/");
    const bool known = path == assertPath || path == queryPath || path == schemaPath
        || (path.startsWith(contactPrefix) && !path.mid(contactPrefix.size()).contains(QLatin1Char('/')));
    if (!known)
        return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such path: %1").arg(path));

    *isWrite = path == assertPath;
    if (auto denied = checkKey(request, *isWrite))
        return *denied;

    if (path == schemaPath)
        return get ? HttpReply::json(200, ContactRecord::schemaDocument()) : methodNotAllowed("GET");
    if (path == assertPath || path == queryPath) {
        if (!post)
            return methodNotAllowed("POST");
        if (!isJson(request))
            return HttpReply::error(415, QStringLiteral("unsupported_media_type"),
                                    QStringLiteral("Send the body as Content-Type: application/json."));
        return path == assertPath ? m_engine.assertContact(request.body()) : m_engine.query(request.body());
    }
    if (!get)
        return methodNotAllowed("GET");
    return m_engine.contact(path.mid(contactPrefix.size()));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Two different lengths leave the body's end in doubt (request smuggling): refused, and the
    // connection closed, since where the next request starts is unknown too.
    const QList<QByteArray> lengths = headerValues(request, "Content-Length");
    if (std::any_of(lengths.cbegin(), lengths.cend(), [&](const QByteArray &l) { return l != lengths.first(); })) {
        send(socket,
             HttpReply::error(400, QStringLiteral("bad_request"),
                              QStringLiteral("The request has conflicting Content-Length headers.")),
             {}, true);
        return true;
    }
    const bool closeAfter = asksToClose(request);
    FaultPlan plan;
    if (m_options.faults) {
        QString faultError;
        plan = FaultPlan::parse(header(request, "X-Sandbox-Fault"), &faultError);
        if (!faultError.isEmpty()) {
            send(socket, HttpReply::error(400, QStringLiteral("bad_fault"), faultError), {}, closeAfter);
            return true;
        }
    }
    if (auto limited = checkRateLimit()) {
        send(socket, *limited, plan, closeAfter);
        return true;
    }
    // Faults that answer instead of the server do so before anything is carried out.
    if (plan.status) {
        HttpReply r = plan.status == 429
            ? HttpReply::error(429, QStringLiteral("rate_limited"), QStringLiteral("Slow down (fault injected)."))
            : HttpReply::error(plan.status, QStringLiteral("server_error"),
                               QStringLiteral("Injected %1; nothing was changed.").arg(plan.status));
        if (plan.status == 429)
            r.setHeader("Retry-After", plan.retryAfter);
        send(socket, r, plan, closeAfter);
        return true;
    }
    if (plan.redirect) {
        HttpReply r;
        r.status = plan.redirect;
        QByteArray location = plan.location;
        if (location.isEmpty()) {
            // Same path, another origin: "localhost" is not the host the client asked for.
            QUrl other = request.url();
            other.setHost(QStringLiteral("localhost"));
            location = other.toEncoded();
        }
        r.setHeader("Location", location);
        r.setHeader("Content-Type", "text/plain");
        r.body = "Moved to " + location + "\n";
        send(socket, r, plan, closeAfter);
        return true;
    }
    bool isWrite = false;
    HttpReply reply = route(request, &isWrite);
    if (plan.oversizeMb && reply.status < 300) {
        reply.body = oversizedBody(plan.oversizeMb);
    }
    qCDebug(lcSandbox) << request.method() << request.url().path() << reply.status;
    send(socket, reply, plan, closeAfter);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket, HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such path.")), {},
         asksToClose(request));
}

void SandboxServer::send(QTcpSocket *socket, HttpReply reply, const FaultPlan &plan, bool closeAfter)
{
    if (closeAfter)
        reply.setHeader("Connection", "close");
    QPointer<QTcpSocket> guard(socket);
    const auto write = [guard, reply, plan, closeAfter] {
        // The client may have gone while we waited; writing then would crash the server.
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (plan.drop) {
            guard->abort();
            return;
        }
        if (!plan.trickleMs) {
            guard->write(reply.head() + reply.body);
            if (closeAfter)
                guard->disconnectFromHost(); // after the written bytes are sent
            return;
        }
        guard->write(reply.head());
        auto *timer = new QTimer(guard);
        auto offset = std::make_shared<qsizetype>(0);
        // The client may leave mid-answer: the timer stops with its connection, rather than
        // writing to a closed socket until the socket object itself is deleted.
        QObject::connect(guard, &QAbstractSocket::disconnected, timer, [timer] {
            timer->stop();
            timer->deleteLater();
        });
        QObject::connect(timer, &QTimer::timeout, guard, [guard, timer, reply, offset, closeAfter] {
            if (guard->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                timer->deleteLater();
                return;
            }
            constexpr qsizetype piece = 64;
            guard->write(reply.body.mid(*offset, piece));
            *offset += piece;
            if (*offset >= reply.body.size()) {
                timer->stop();
                timer->deleteLater();
                if (closeAfter)
                    guard->disconnectFromHost();
            }
        });
        timer->start(plan.trickleMs);
    };
    if (plan.delayMs > 0)
        QTimer::singleShot(plan.delayMs, socket, write);
    else
        write();
}

} // namespace AssertDesk::Sandbox
