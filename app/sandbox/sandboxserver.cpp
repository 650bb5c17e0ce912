#include "sandboxserver.h"

#include "contactrecord.h"
#include "httpconnection.h"
#include "listener.h"
#include "oversizebody.h"
#include "sandboxlog.h"
#include "seeddata.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

namespace AssertDesk::Sandbox {

namespace {

const QString kApi = QStringLiteral("/api/v2");

bool isJson(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").trimmed().toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

// The key after "Bearer " (the scheme in any case, RFC 9110) of a request's one Authorization
// header, or empty.
QString presentedKey(const HttpRequest &request)
{
    const QList<QByteArray> given = request.headerValues("Authorization");
    if (given.size() != 1)
        return {};
    const QByteArray &auth = given.first();
    const qsizetype space = auth.indexOf(' ');
    const bool bearer = space > 0 && auth.left(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    return bearer ? QString::fromUtf8(auth.mid(space + 1).trimmed()) : QString();
}

HttpReply methodNotAllowed(const char *allow)
{
    HttpReply r = HttpReply::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("Use %1 for this path.").arg(QString::fromLatin1(allow)));
    r.setHeader("Allow", allow);
    return r;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_engine(m_store)
    , m_listener(new Listener(m_options.limits, this))
    , m_rateLimiter(m_options.rateLimit)
    , m_randomFaults(m_options.faultRates, m_options.faultSeed)
{
    connect(m_listener, &Listener::connectionOpened, this, [this](HttpConnection *connection) {
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    });
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
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(cert);
    configuration.setPrivateKey(key);
    m_listener->setTls(configuration);
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
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (in use, or not allowed)").arg(port);
        return false;
    }
    m_port = m_listener->serverPort();
    return true;
}

int SandboxServer::connectionsAccepted() const
{
    return m_listener->connectionsAccepted();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_listener->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(kApi);
    return url;
}

std::optional<HttpReply> SandboxServer::checkRateLimit(const HttpRequest &request)
{
    const QString key = presentedKey(request);
    const bool known = m_options.keys.contains(key) || m_options.readOnlyKeys.contains(key);
    const std::optional<int> retryAfter = m_rateLimiter.admit(known ? key : QString());
    if (!retryAfter)
        return std::nullopt;
    HttpReply r = HttpReply::error(
        429, QStringLiteral("rate_limited"),
        QStringLiteral("More than %1 requests a second with this key; wait and retry.").arg(m_options.rateLimit));
    r.setHeader("Retry-After", QByteArray::number(*retryAfter));
    return r;
}

std::optional<HttpReply> SandboxServer::checkKey(const HttpRequest &request, bool write) const
{
    const QList<QByteArray> given = request.headerValues("Authorization");
    if (given.size() > 1) // which one would count? Neither: a real gateway refuses this too.
        return HttpReply::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("The request has %1 Authorization headers; send one.").arg(given.size()));
    const QString key = presentedKey(request);
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

HttpReply SandboxServer::route(const HttpRequest &request, bool *isWrite)
{
    const QString path = request.url.path();
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
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
        return path == assertPath ? m_engine.assertContact(request.body) : m_engine.query(request.body);
    }
    if (!get)
        return methodNotAllowed("GET");
    return m_engine.contact(path.mid(contactPrefix.size()));
}

void SandboxServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    const int hold = m_options.faults ? FaultPlan::parse(request.header("X-Sandbox-Fault"), nullptr).holdMs : 0;
    if (hold > 0) {
        // Timed on the connection: a connection closed meanwhile takes its held request with it.
        QTimer::singleShot(hold, connection, [this, connection, request] { serve(connection, request); });
        return;
    }
    serve(connection, request);
}

void SandboxServer::serve(HttpConnection *connection, const HttpRequest &request)
{
    Delivery delivery;
    HttpReply reply = answer(request, &delivery);
    qCDebug(lcSandbox) << request.method << request.url.path() << reply.status;
    connection->respond(std::move(reply), delivery);
}

HttpReply SandboxServer::answer(const HttpRequest &request, Delivery *delivery)
{
    FaultPlan plan;
    if (m_options.faults) {
        QString faultError;
        plan = FaultPlan::parse(request.header("X-Sandbox-Fault"), &faultError);
        if (!faultError.isEmpty())
            return HttpReply::error(400, QStringLiteral("bad_fault"), faultError);
    }
    delivery->delayMs = plan.delayMs;
    delivery->trickleMs = plan.trickleMs;
    delivery->drop = plan.drop; // "drop": carried out, then the connection closes unanswered
    // Drawn for every assert request before anything that depends on timing (the rate limit), so
    // the same requests meet the same faults.
    const bool isAssert = request.method == "POST" && request.url.path() == kApi + QLatin1String("/contact/_assert");
    const RandomFaults::Kind fault = isAssert ? m_randomFaults.draw() : RandomFaults::Kind::None;
    if (auto limited = checkRateLimit(request))
        return *limited;
    if (auto injected = randomFault(fault, delivery))
        return *injected;
    if (auto asked = headerFault(plan, request))
        return *asked;
    bool isWrite = false;
    HttpReply reply = route(request, &isWrite);
    if (fault == RandomFaults::Kind::DropAfter)
        delivery->drop = true; // carried out; the answer is lost
    if (plan.oversizeMb && reply.status < 300) {
        reply.body.clear();
        reply.stream = std::make_shared<OversizeBody>(qint64(plan.oversizeMb) * 1024 * 1024);
    }
    return reply;
}

std::optional<HttpReply> SandboxServer::randomFault(RandomFaults::Kind fault, Delivery *delivery) const
{
    switch (fault) {
    case RandomFaults::Kind::None:
    case RandomFaults::Kind::DropAfter: return std::nullopt;
    case RandomFaults::Kind::Drop:
        delivery->drop = true; // before anything is carried out
        return HttpReply();
    case RandomFaults::Kind::Throttle: {
        HttpReply r = HttpReply::error(429, QStringLiteral("rate_limited"),
                                       QStringLiteral("Throttled at random (--fault-rate); nothing was changed."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    case RandomFaults::Kind::Error500:
    case RandomFaults::Kind::Error502:
    case RandomFaults::Kind::Error503: {
        const int status = RandomFaults::name(fault).toInt();
        return HttpReply::error(
            status, QStringLiteral("server_error"),
            QStringLiteral("Injected %1 at random (--fault-rate); nothing was changed.").arg(status));
    }
    }
    return std::nullopt;
}

std::optional<HttpReply> SandboxServer::headerFault(const FaultPlan &plan, const HttpRequest &request) const
{
    // Faults that answer instead of the server do so before anything is carried out.
    if (plan.status) {
        HttpReply r = plan.status == 429
            ? HttpReply::error(429, QStringLiteral("rate_limited"), QStringLiteral("Slow down (fault injected)."))
            : HttpReply::error(plan.status, QStringLiteral("server_error"),
                               QStringLiteral("Injected %1; nothing was changed.").arg(plan.status));
        if (plan.status == 429)
            r.setHeader("Retry-After", plan.retryAfter);
        return r;
    }
    if (!plan.redirect)
        return std::nullopt;
    HttpReply r;
    r.status = plan.redirect;
    QByteArray location = plan.location;
    if (location.isEmpty()) {
        // Same path, another origin: "localhost" is not the host the client asked for.
        QUrl other = request.url;
        other.setHost(QStringLiteral("localhost"));
        location = other.toEncoded();
    }
    r.setHeader("Location", location);
    r.setHeader("Content-Type", "text/plain");
    r.body = "Moved to " + location + "\n";
    return r;
}

} // namespace AssertDesk::Sandbox
