#include "lookupfailure.h"

#include "apierror.h"
#include "visibletext.h"

#include <QCoreApplication>
#include <QLocale>

namespace AssertDesk::Session::LookupFailure {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LookupFailure)
};

// An answer with a status line that is not a success.
QString refused(const Contract::SendResult &r)
{
    const QString said = Contract::ApiError::parse(r.httpStatus, r.body).summary();
    if (r.httpStatus == 401)
        return Tr::tr("The server did not accept the key (%1). Set the key with Profile › API key.").arg(said);
    if (r.httpStatus == 403)
        return Tr::tr("This key may not read contacts (%1).").arg(said);
    if (r.httpStatus == 429) {
        const QString when = r.retryAt.isValid()
            ? Tr::tr(" It asks to wait until %1.")
                  .arg(QLocale().toString(r.retryAt.toLocalTime(), QLocale::ShortFormat))
            : QString();
        return Tr::tr("The server is throttling requests (HTTP 429); search again later.%1").arg(when);
    }
    if (r.httpStatus >= 300 && r.httpStatus < 400)
        return r.summary; // the redirect, where to, and that it was not followed
    if (r.httpStatus >= 500)
        return Tr::tr("The server failed while searching (%1). A search changes nothing; try again.").arg(said);
    return Tr::tr("The server refused the search (%1).").arg(said);
}

} // namespace

QString describe(const Contract::SendResult &r, int timeoutSeconds)
{
    QString text;
    if (r.outcome == Contract::Outcome::NotSent)
        text = Tr::tr("The search did not reach the server: %1").arg(r.summary);
    else if (r.bodyTruncated)
        text = Tr::tr("The answer to the search could not be read in full: %1").arg(r.summary);
    else if (r.httpStatus >= 300 || (r.httpStatus > 0 && r.httpStatus < 200))
        text = refused(r);
    else if (r.outcome == Contract::Outcome::Cancelled)
        text = Tr::tr("The search was stopped.");
    else if (r.elapsedMs * 10 >= qint64(timeoutSeconds) * 1000 * 9) // a coarse deadline fires up to 5% early
        text = Tr::tr("No answer to the search within %1 s. A search changes nothing; try again.").arg(timeoutSeconds);
    else
        text = Tr::tr("The connection was lost during the search. A search changes nothing; try again.");
    // The server's code and message are in it: shown, never obeyed.
    return Contract::visibleText(text);
}

} // namespace AssertDesk::Session::LookupFailure
