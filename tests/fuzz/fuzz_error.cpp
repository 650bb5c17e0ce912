#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// Any bytes a server might send with an error status.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto error = AssertDesk::Contract::ApiError::parse(422, body);
    error.resolveAgainst(QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("nickname"), 1}}}});
    (void)error.summary();
    return 0;
}
