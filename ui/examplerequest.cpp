#include "examplerequest.h"

namespace AssertDesk::Ui {

Contract::AssertRequest ExampleRequest::request()
{
    Contract::AssertRequest example;
    example.setMatch(QStringLiteral("primary_email"), QStringLiteral("sarah.chen@acme.com"));
    example.setAttribute(QStringLiteral("first_name"), QStringLiteral("Sarah"));
    example.setAttribute(QStringLiteral("last_name"), QStringLiteral("Chen"));
    example.setAttribute(QStringLiteral("title"), QStringLiteral("VP of Engineering"));
    return example;
}

} // namespace AssertDesk::Ui
