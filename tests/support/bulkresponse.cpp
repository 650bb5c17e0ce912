#include "bulkresponse.h"

#include <QString> // QT_USE_QSTRINGBUILDER: operator+ on byte arrays

namespace AssertDesk::Test {

namespace {

QByteArray build(int rows, qsizetype minimumBytes)
{
    QByteArray emails = "[";
    for (int i = 0; i < rows || emails.size() < minimumBytes; ++i) {
        if (i)
            emails += ',';
        emails += QByteArray("{\"value\":{\"id\":\"e-") + QByteArray::number(i) + "\",\"email\":\"person"
            + QByteArray::number(i) + "@bulk-example.example\",\"is_primary\":" + (i == 0 ? "true" : "false")
            + ",\"labels\":[\"WORK\",\"PERSONAL\"]},\"value_type\":\"contact_email\"}";
    }
    emails += ']';
    return QByteArray("{\"data\":{\"id\":\"big\",\"record_type\":\"contact\",\"attributes\":{\"first_name\":"
                      "{\"value\":\"Big\",\"value_type\":\"string\"},\"contact_emails\":")
        + emails
        + "}},\"meta\":{\"action\":\"updated\",\"matched_on\":{\"contact_emails\":\"person0@bulk-example.example\"}}}";
}

} // namespace

QByteArray bulkEmailsResponse(int rows)
{
    return build(rows, 0);
}

QByteArray bulkEmailsResponseOfSize(qsizetype minimumBytes)
{
    return build(0, minimumBytes);
}

} // namespace AssertDesk::Test
