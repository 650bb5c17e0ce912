#include "sandboxcommandline.h"

#include "sandboxserver.h"

#include <QCommandLineParser>

namespace AssertDesk::Sandbox {

namespace {

QCommandLineOption option(const char *name, const char *help, const char *valueName = nullptr,
                          const char *defaultValue = nullptr)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                              valueName ? QString::fromLatin1(valueName) : QString(),
                              defaultValue ? QString::fromLatin1(defaultValue) : QString());
}

// A whole number from min to max; false with "--name must be ..." otherwise.
bool readNumber(const QString &text, const QString &name, qint64 min, qint64 max, qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *error = QStringLiteral("%1 must be a number from %2 to %3 (got \"%4\")").arg(name).arg(min).arg(max).arg(text);
        return false;
    }
    *out = n;
    return true;
}

// Bytes, with an optional K or M suffix (1024-based): "1048576", "512K", "4M".
bool readBytes(const QString &text, const QString &name, qint64 min, qint64 max, qint64 *out, QString *error)
{
    QString digits = text.trimmed().toUpper();
    qint64 unit = 1;
    if (digits.endsWith(QLatin1Char('K')) || digits.endsWith(QLatin1Char('M'))) {
        unit = digits.endsWith(QLatin1Char('K')) ? 1024 : 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n < 0 || n > max / unit || n * unit < min) {
        *error = QStringLiteral("%1 must be a size in bytes from %2 to %3, K and M allowed (got \"%4\")")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *out = n * unit;
    return true;
}

} // namespace

SandboxCommandLine::SandboxCommandLine()
    : m_portOption(option("port", "Port to listen on; 0 picks a free one.", "port", "0"))
    , m_key(option("key", "Accept this API key (repeatable).", "key"))
    , m_readOnlyKey(option("read-only-key", "Accept this key for reads; writes get 403 (repeatable).", "key"))
    , m_data(option("data", "Keep contacts in this SQLite file, across restarts (default: memory).", "file"))
    , m_seed(option("seed", "Create N realistic contacts when the store is empty.", "N", "0"))
    , m_faults(option("faults",
                      "Honour the X-Sandbox-Fault request header: delay=MS, 429, retry-after=S, 500, 502, 503 "
                      "(nothing written), drop (written, then closed unanswered), redirect=301|302|307, "
                      "location=URL, trickle, trickle-ms=MS, oversize=MB (a valid answer this large, streamed)."))
    , m_rateLimit(option("rate-limit",
                         "Answer 429 with Retry-After once a key has made N requests in the last second. Each key "
                         "has its own budget; requests without a known key share one.",
                         "N", "0"))
    , m_tls(option("tls", "Serve HTTPS with this PEM certificate and key: --tls CERT --tls KEY.", "file"))
    , m_maxBody(option("max-body",
                       "Answer 413 to a request body larger than this, before reading it, and close "
                       "(K and M allowed). Default 1M.",
                       "bytes", "1M"))
    , m_maxHeaderBytes(option("max-header-bytes",
                              "Answer 431 to a request line and headers larger than this, and close. Default 16K.",
                              "bytes", "16K"))
    , m_maxHeaderLines(option("max-header-lines",
                              "Answer 431 to a request with more header lines than this, and close. Default 100.", "N",
                              "100"))
    , m_idleTimeout(option("idle-timeout",
                           "Close a connection, or a TLS handshake, that sends nothing for this long (408 if a "
                           "request was begun). Decimals allowed. Default 30.",
                           "seconds", "30"))
    , m_maxConnections(option("max-connections",
                              "Answer 503 with Retry-After 1 to a connection beyond this many open at once "
                              "(with --tls: close it). Default 256.",
                              "N", "256"))
    , m_faultRate(option("fault-rate",
                         "Inject faults at random into assert requests, each at its rate, e.g. "
                         "500=0.01,drop=0.01,429=0.02: 429 (Retry-After 1), 500, 502, 503 (nothing written), "
                         "drop (closed unanswered; nothing written), drop-after (written, then closed unanswered: "
                         "the answer is lost). Needs no --faults.",
                         "rates"))
    , m_faultSeed(option("fault-seed",
                         "Seed of --fault-rate's draws, one per assert request in order of arrival; the same "
                         "options and requests meet the same faults. Default: the --seed value.",
                         "N"))
{
}

void SandboxCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_portOption, m_key, m_readOnlyKey, m_data, m_seed, m_faults, m_rateLimit, m_tls, m_maxBody,
                       m_maxHeaderBytes, m_maxHeaderLines, m_idleTimeout, m_maxConnections, m_faultRate, m_faultSeed});
}

bool SandboxCommandLine::read(const QCommandLineParser &parser, QString *error)
{
    qint64 n = 0;
    if (!readNumber(parser.value(m_portOption), QStringLiteral("--port"), 0, 65535, &n, error))
        return false;
    m_port = quint16(n);
    m_options.keys = parser.values(m_key);
    m_options.readOnlyKeys = parser.values(m_readOnlyKey);
    m_options.dataFile = parser.value(m_data);
    m_options.faults = parser.isSet(m_faults);
    if (!readNumber(parser.value(m_seed), QStringLiteral("--seed"), 0, 1000000, &n, error))
        return false;
    m_options.seed = int(n);
    if (!readNumber(parser.value(m_rateLimit), QStringLiteral("--rate-limit"), 0, 1000000, &n, error))
        return false;
    m_options.rateLimit = int(n);
    m_tlsFiles = parser.values(m_tls);
    if (!m_tlsFiles.isEmpty() && m_tlsFiles.size() != 2) {
        *error = QStringLiteral("--tls takes two files: --tls CERT --tls KEY");
        return false;
    }
    if (!readLimits(parser, error) || !readFaultRates(parser, error))
        return false;
    m_madeUpKey = m_options.keys.isEmpty() && m_options.readOnlyKeys.isEmpty();
    if (m_madeUpKey)
        m_options.keys << SandboxServer::generateKey();
    return true;
}

bool SandboxCommandLine::readLimits(const QCommandLineParser &parser, QString *error)
{
    ServerLimits &limits = m_options.limits;
    qint64 n = 0;
    if (!readBytes(parser.value(m_maxBody), QStringLiteral("--max-body"), 1, qint64(1) << 30, &n, error))
        return false;
    limits.maxBodyBytes = n;
    if (!readBytes(parser.value(m_maxHeaderBytes), QStringLiteral("--max-header-bytes"), 256, 1024 * 1024, &n, error))
        return false;
    limits.maxHeaderBytes = int(n);
    if (!readNumber(parser.value(m_maxHeaderLines), QStringLiteral("--max-header-lines"), 1, 10000, &n, error))
        return false;
    limits.maxHeaderLines = int(n);
    bool ok = false;
    const double seconds = parser.value(m_idleTimeout).trimmed().toDouble(&ok);
    if (!ok || !(seconds >= 0.05 && seconds <= 86400)) {
        *error = QStringLiteral("--idle-timeout must be a number of seconds from 0.05 to 86400 (got \"%1\")")
                     .arg(parser.value(m_idleTimeout));
        return false;
    }
    limits.idleTimeoutMs = int(seconds * 1000);
    if (!readNumber(parser.value(m_maxConnections), QStringLiteral("--max-connections"), 1, 100000, &n, error))
        return false;
    limits.maxConnections = int(n);
    return true;
}

bool SandboxCommandLine::readFaultRates(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(m_faultRate)) {
        const auto rates = RandomFaults::parse(parser.value(m_faultRate), error);
        if (!rates)
            return false;
        m_options.faultRates = *rates;
    }
    m_options.faultSeed = quint32(m_options.seed);
    if (parser.isSet(m_faultSeed)) {
        qint64 n = 0;
        if (!readNumber(parser.value(m_faultSeed), QStringLiteral("--fault-seed"), 0, 4294967295LL, &n, error))
            return false;
        m_options.faultSeed = quint32(n);
    }
    return true;
}

} // namespace AssertDesk::Sandbox
