#include "lookupfailure.h"

#include "apierror.h"
#include "visibletext.h"

#include <QCoreApplication>
#include <QLocale>

namespace AssertDesk::Session::LookupFailure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LookupFailure", text);
}

// An answer with a status line that is not a success.
QString refused(const Contract::SendResult &r)
{
    const QString said = Contract::ApiError::parse(r.httpStatus, r.body).summary();
    if (r.httpStatus == 401)
        return tr("The server did not accept the key (%1). Set the key with Profile › API key….").arg(said);
    if (r.httpStatus == 403)
        return tr("This key may not read contacts (%1).").arg(said);
    if (r.httpStatus == 429) {
        const QString when = r.retryAt.isValid()
            ? tr(" It asks to wait until %1.").arg(QLocale().toString(r.retryAt.toLocalTime(), QLocale::ShortFormat))
            : QString();
        return tr("The server is throttling requests (HTTP 429); search again later.%1").arg(when);
    }
    if (r.httpStatus >= 300 && r.httpStatus < 400)
        return r.summary; // the redirect, where to, and that it was not followed
    if (r.httpStatus >= 500)
        return tr("The server failed while searching (%1). A search changes nothing; try again.").arg(said);
    return tr("The server refused the search (%1).").arg(said);
}

} // namespace

QString describe(const Contract::SendResult &r, int timeoutSeconds)
{
    QString text;
    if (r.outcome == Contract::Outcome::NotSent)
        text = tr("The search did not reach the server: %1").arg(r.summary);
    else if (r.bodyTruncated)
        text = tr("The answer to the search could not be read in full: %1").arg(r.summary);
    else if (r.httpStatus >= 300 || (r.httpStatus > 0 && r.httpStatus < 200))
        text = refused(r);
    else if (r.outcome == Contract::Outcome::Cancelled)
        text = tr("The search was stopped.");
    else if (r.elapsedMs * 10 >= qint64(timeoutSeconds) * 1000 * 9) // a coarse deadline fires up to 5% early
        text = tr("No answer to the search within %1 s. A search changes nothing; try again.").arg(timeoutSeconds);
    else
        text = tr("The connection was lost during the search. A search changes nothing; try again.");
    // The server's code and message are in it: shown, never obeyed.
    return Contract::visibleText(text);
}

} // namespace AssertDesk::Session::LookupFailure
