#include "requestparser.h"

namespace AssertDesk::Sandbox {

namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024;

// Where the blank line that ends a head ends, within the first `limit` bytes, or -1. Lines may
// end in CRLF or a bare LF, as RFC 9112 lets a server accept.
qsizetype headEnd(const QByteArray &input, qsizetype limit)
{
    const qsizetype scan = qMin(input.size(), limit);
    for (qsizetype i = input.indexOf('\n'); i >= 0 && i < scan; i = input.indexOf('\n', i + 1)) {
        if (i + 1 < input.size() && input.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < input.size() && input.at(i + 1) == '\r' && input.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool isToken(const QByteArray &text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && !extra.contains(c))
            return false;
    return true;
}

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Every token of every header with this name, lower-cased: "a, b" and two headers read alike.
QList<QByteArray> tokens(const HttpRequest &request, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const QByteArray &value : request.headerValues(name))
        for (const QByteArray &t : value.split(','))
            out << t.trimmed().toLower();
    return out;
}

} // namespace

RequestParser::RequestParser(const ServerLimits &limits, bool tls)
    : m_limits(limits)
    , m_tls(tls)
{
}

RequestParser::Status RequestParser::fail(int status, const QString &message)
{
    m_failureStatus = status;
    m_failureMessage = message;
    return Status::Failed;
}

bool RequestParser::takeContinue()
{
    return std::exchange(m_continue, false);
}

HttpRequest RequestParser::takeRequest()
{
    m_state = State::Head;
    m_contentLength = 0;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_lines = 0;
    m_continue = false;
    return std::exchange(m_request, HttpRequest());
}

RequestParser::Status RequestParser::parse(QByteArray &input)
{
    if (m_failureStatus)
        return Status::Failed;
    if (m_state == State::Head) {
        const Status s = parseHead(input);
        if (s != Status::Ready || m_state == State::Head)
            return s;
    }
    return m_state == State::Body ? parseBody(input) : parseChunked(input);
}

RequestParser::Status RequestParser::parseHead(QByteArray &input)
{
    // Empty lines before a request line are ignored (RFC 9112 2.2), within the head's limit.
    qsizetype blank = 0;
    while (blank < input.size() && (input.at(blank) == '\r' || input.at(blank) == '\n'))
        ++blank;
    if (blank > m_limits.maxHeaderBytes)
        return fail(400, QStringLiteral("The request starts with too many empty lines."));
    if (blank == input.size())
        return Status::NeedMore;
    if (blank)
        input.remove(0, blank);

    // The blank line that ends the head is not counted against the limit.
    const qsizetype allowed = qsizetype(m_limits.maxHeaderBytes) + 4;
    const qsizetype end = headEnd(input, allowed);
    if (end < 0 || end > allowed) {
        if (input.left(allowed).count('\n') > m_limits.maxHeaderLines + 1)
            return fail(431, QStringLiteral("The request has more than %1 header lines.").arg(m_limits.maxHeaderLines));
        if (input.size() >= allowed)
            return fail(
                431,
                QStringLiteral("The request line and headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        return Status::NeedMore;
    }
    const QByteArray head = input.left(end);
    input.remove(0, end);
    if (const Status s = readHead(head); s != Status::Ready)
        return s;
    return readFraming();
}

RequestParser::Status RequestParser::readHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    while (!lines.isEmpty() && withoutCr(lines.last()).isEmpty())
        lines.removeLast();
    if (lines.size() - 1 > m_limits.maxHeaderLines)
        return fail(431, QStringLiteral("The request has more than %1 header lines.").arg(m_limits.maxHeaderLines));

    const QList<QByteArray> parts = withoutCr(lines.first()).split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, QStringLiteral("The request line is not \"METHOD TARGET HTTP/1.1\"."));
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return version.startsWith("HTTP/")
            ? fail(505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served here."))
            : fail(400, QStringLiteral("The request line is not \"METHOD TARGET HTTP/1.1\"."));
    m_request.method = parts.at(0);
    m_request.minorVersion = version.back() - '0';
    const QByteArray &target = parts.at(1);
    if (!target.startsWith('/') && !target.startsWith("http://") && !target.startsWith("https://") && target != "*")
        return fail(400, QStringLiteral("The request target is not a path."));
    m_request.url = QUrl::fromEncoded(target);

    for (qsizetype i = 1; i < lines.size(); ++i)
        if (const Status s = readHeaderLine(withoutCr(lines.at(i))); s != Status::Ready)
            return s;

    if (m_request.url.isRelative()) {
        m_request.url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        const QByteArray host = m_request.header("Host").trimmed();
        m_request.url.setAuthority(host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host));
    }
    return Status::Ready;
}

RequestParser::Status RequestParser::readHeaderLine(const QByteArray &line)
{
    // A line folded onto the one before (obsolete since RFC 7230) is refused, as RFC 9112 allows:
    // which header it belongs to is a classic way to smuggle one past a proxy.
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("A header line is folded (starts with a space)."));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon)))
        return fail(400, QStringLiteral("A header line is not \"Name: value\"."));
    m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return Status::Ready;
}

RequestParser::Status RequestParser::readFraming()
{
    const QList<QByteArray> codings = tokens(m_request, "Transfer-Encoding");
    const QList<QByteArray> lengths = tokens(m_request, "Content-Length");
    if (!codings.isEmpty()) {
        if (!lengths.isEmpty())
            return fail(400, QStringLiteral("The request has both Content-Length and Transfer-Encoding."));
        for (const QByteArray &c : codings)
            if (c != "chunked")
                return fail(501,
                            QStringLiteral("Transfer-Encoding \"%1\" is not supported; send the body as it is "
                                           "or chunked.")
                                .arg(QString::fromLatin1(c)));
        m_state = State::ChunkSize;
    } else if (!lengths.isEmpty()) {
        bool ok = lengths.first().size() <= 18;
        const qint64 length = lengths.first().toLongLong(&ok);
        for (const QByteArray &l : lengths)
            ok = ok && l == lengths.first() && !l.startsWith('+') && !l.startsWith('-');
        if (!ok)
            return fail(400, QStringLiteral("The request has conflicting or unreadable Content-Length headers."));
        if (length > m_limits.maxBodyBytes)
            return fail(413,
                        QStringLiteral("The body (%1 bytes) is larger than the sandbox takes (%2 bytes).")
                            .arg(length)
                            .arg(m_limits.maxBodyBytes));
        m_contentLength = length;
        m_state = length > 0 ? State::Body : State::Head;
    }
    m_continue = m_state != State::Head && m_request.header("Expect").trimmed().toLower() == "100-continue";
    return Status::Ready;
}

RequestParser::Status RequestParser::parseBody(QByteArray &input)
{
    if (input.size() < m_contentLength)
        return Status::NeedMore;
    m_request.body = input.left(m_contentLength);
    input.remove(0, m_contentLength);
    m_state = State::Head;
    return Status::Ready;
}

RequestParser::Status RequestParser::parseChunked(QByteArray &input)
{
    for (;;) {
        Status s = Status::NeedMore;
        switch (m_state) {
        case State::ChunkSize: s = readChunkSize(input); break;
        case State::ChunkData: {
            const qsizetype n = qMin<qint64>(input.size(), m_chunkLeft);
            m_request.body.append(input.constData(), n);
            input.remove(0, n);
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return Status::NeedMore;
            m_state = State::ChunkEnd;
            s = Status::Ready;
            break;
        }
        case State::ChunkEnd:
            if (input.startsWith("\r\n") || input.startsWith('\n')) {
                input.remove(0, input.startsWith('\n') ? 1 : 2);
                m_state = State::ChunkSize;
                s = Status::Ready;
            } else if (input.isEmpty() || input == "\r") {
                return Status::NeedMore;
            } else {
                return fail(400, QStringLiteral("A chunk of the body does not end where its size says."));
            }
            break;
        case State::Trailers: s = readTrailer(input); break;
        case State::Head:
        case State::Body: return Status::Ready;
        }
        if (s != Status::Ready || m_state == State::Head)
            return s;
    }
}

RequestParser::Status RequestParser::readChunkSize(QByteArray &input)
{
    const qsizetype eol = input.indexOf('\n');
    if (eol < 0 || eol > kMaxChunkSizeLine)
        return input.size() > kMaxChunkSizeLine
            ? fail(400, QStringLiteral("A chunk size line is longer than %1 bytes.").arg(kMaxChunkSizeLine))
            : Status::NeedMore;
    QByteArray line = withoutCr(input.left(eol));
    input.remove(0, eol + 1);
    const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
    line = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = !line.isEmpty() && line.size() <= 15;
    const qint64 size = line.toLongLong(&ok, 16);
    if (!ok || size < 0 || line.startsWith('+') || line.startsWith('-'))
        return fail(400, QStringLiteral("A chunk size is not a hexadecimal number."));
    if (m_request.body.size() + size > m_limits.maxBodyBytes)
        return fail(
            413,
            QStringLiteral("The chunked body is larger than the sandbox takes (%1 bytes).").arg(m_limits.maxBodyBytes));
    m_chunkLeft = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return Status::Ready;
}

RequestParser::Status RequestParser::readTrailer(QByteArray &input)
{
    const qsizetype eol = input.indexOf('\n');
    if (eol < 0) {
        if (m_trailerBytes + input.size() > m_limits.maxHeaderBytes)
            return fail(431,
                        QStringLiteral("The trailer lines are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        return Status::NeedMore;
    }
    const QByteArray line = withoutCr(input.left(eol));
    input.remove(0, eol + 1);
    if (line.isEmpty()) {
        m_state = State::Head;
        return Status::Ready;
    }
    // Trailer fields are read and dropped: nothing the sandbox does depends on them.
    m_trailerBytes += int(eol + 1);
    if (++m_lines > m_limits.maxHeaderLines || m_trailerBytes > m_limits.maxHeaderBytes)
        return fail(431, QStringLiteral("The trailer lines are past the header limits."));
    return Status::Ready;
}

} // namespace AssertDesk::Sandbox
