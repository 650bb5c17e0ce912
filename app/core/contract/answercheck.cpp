#include "answercheck.h"

#include "assertresponse.h"

#include <QCoreApplication>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnswerCheck)
};

QByteArray header(const SendResult &result, const QByteArray &name)
{
    for (const auto &h : result.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace

SendResult checkAssertAnswer(SendResult result)
{
    // A body we cut at the size cap was a real 2xx; it is only too long to read.
    if (result.outcome != Outcome::Succeeded || result.bodyTruncated)
        return result;
    QString reason;
    if (header(result, "Content-Type").toLower().contains("html")) {
        reason = Tr::tr("an HTML page, perhaps the login page of a proxy or a public network");
    } else {
        auto parsed = std::make_shared<const AssertResponse>(
            AssertResponse::parse(result.body, result.httpStatus, AssertResponse::Lists::OnDemand));
        if (parsed->isValid()) {
            result.answer = std::move(parsed);
            return result;
        }
        reason = parsed->errorString();
    }
    result.outcome = Outcome::Unknown;
    result.summary
        = Tr::tr("The server answered HTTP %1, but not with the API's answer to an assert (%2). The contact "
                 "may or may not have been changed: check it before sending again. The answer is kept in the "
                 "history.")
              .arg(result.httpStatus)
              .arg(reason);
    return result;
}

} // namespace AssertDesk::Contract
