#include "requestvalidator.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Any bytes a user might paste or a script might pass to `validate`.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AssertDesk::Contract::RequestValidator validator;
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)validator.validateJson(body);
    return 0;
}
