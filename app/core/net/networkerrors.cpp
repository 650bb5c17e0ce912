#include "networkerrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

#include <algorithm>
#include <limits>

namespace AssertDesk::Net::NetworkErrors {

namespace {
// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrors)
};
} // namespace

Verdict classify(QNetworkReply::NetworkError error, const QString &errorText, bool bodySent, bool timedOut,
                 int timeoutSeconds)
{
    using E = QNetworkReply::NetworkError;
    if (timedOut)
        return bodySent
            ? Verdict {Contract::Outcome::Unknown,
                       Tr::tr("No answer within %1 s after the request was sent: the contact may or may not "
                              "have been changed. Check it before sending again.")
                           .arg(timeoutSeconds)}
            : Verdict {Contract::Outcome::NotSent,
                       Tr::tr("Could not reach the server within %1 s; nothing was sent.").arg(timeoutSeconds)};
    switch (error) {
    case E::ConnectionRefusedError:
        return {Contract::Outcome::NotSent,
                Tr::tr("The server refused the connection; nothing was sent. Is the URL right and "
                       "the server running?")};
    case E::HostNotFoundError:
        return {Contract::Outcome::NotSent, Tr::tr("The server's name could not be found (DNS); nothing was sent.")};
    case E::SslHandshakeFailedError:
        return {Contract::Outcome::NotSent,
                Tr::tr("The secure connection failed, so nothing was sent: %1").arg(errorText)};
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
        return {Contract::Outcome::NotSent, Tr::tr("The proxy failed: %1; nothing was sent.").arg(errorText)};
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        return {Contract::Outcome::NotSent, Tr::tr("The request could not be made: %1").arg(errorText)};
    default: break;
    }
    if (bodySent)
        return {Contract::Outcome::Unknown,
                Tr::tr("The connection was lost after the request was sent (%1): the contact may or "
                       "may not have been changed. Check it before sending again.")
                    .arg(errorText)};
    return {Contract::Outcome::NotSent,
            Tr::tr("The connection failed before the request was sent (%1).").arg(errorText)};
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    QList<QSslCertificate> seen;
    for (const QSslError &e : errors) {
        lines << e.errorString();
        const QSslCertificate c = e.certificate();
        if (c.isNull() || seen.contains(c))
            continue;
        seen << c;
        lines << Tr::tr("  certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5")
                     .arg(c.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
                          c.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
                          c.effectiveDate().toString(Qt::ISODate), c.expiryDate().toString(Qt::ISODate),
                          QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (!v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        // More digits than fit is still a number of seconds: a very long wait, not garbage.
        return ok ? seconds : std::numeric_limits<qint64>::max();
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 reader wants as a numeric offset.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.left(date.size() - 4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.secsTo(when));
}

} // namespace AssertDesk::Net::NetworkErrors
