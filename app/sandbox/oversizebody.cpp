#include "oversizebody.h"

#include <cstdio>

namespace AssertDesk::Sandbox {

namespace {

const QByteArray kPrefix = "{\"data\":{\"id\":\"0versize-0000-4000-8000-000000000000\",\"record_type\":\"contact\","
                           "\"attributes\":{\"contact_emails\":[";
const QByteArray kSuffix = "]}},\"meta\":{\"action\":\"updated\",\"matched_on\":{}}}";

} // namespace

QByteArray OversizeBody::row(qint64 index)
{
    // "true" is padded with a space (JSON allows it) so the first row is as long as the others.
    char buffer[192];
    const int n
        = std::snprintf(buffer, sizeof buffer,
                        "{\"value\":{\"id\":\"e-%08lld\",\"email\":\"bulk%08lld@oversize.example\","
                        "\"is_primary\":%s,\"labels\":[]},\"value_type\":\"contact_email\"}",
                        static_cast<long long>(index), static_cast<long long>(index), index == 0 ? " true" : "false");
    return QByteArray(buffer, n);
}

OversizeBody::OversizeBody(qint64 atLeastBytes)
{
    const qint64 rowBytes = row(0).size() + 1;                // with its comma
    const qint64 fixed = kPrefix.size() + kSuffix.size() - 1; // the last row has no comma
    m_rows = qMax<qint64>(1, (atLeastBytes - fixed + rowBytes - 1) / rowBytes);
    m_size = fixed + m_rows * rowBytes;
    m_pending = kPrefix;
    m_produced = kPrefix.size();
}

QByteArray OversizeBody::read(qint64 maxBytes)
{
    while (m_pending.size() < maxBytes && m_produced < m_size) {
        QByteArray next = m_nextRow < m_rows ? row(m_nextRow) : kSuffix;
        if (m_nextRow > 0 && m_nextRow < m_rows)
            next.prepend(',');
        ++m_nextRow;
        m_produced += next.size();
        m_pending += next;
    }
    const QByteArray out = m_pending.left(maxBytes);
    m_pending.remove(0, out.size());
    return out;
}

} // namespace AssertDesk::Sandbox
