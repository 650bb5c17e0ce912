#include "assertresponse.h"
#include "responseformatter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Any bytes a server might send as a successful answer: parse, type and render them.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto response = AssertDesk::Contract::AssertResponse::parse(body, 200);
    if (response.isValid()) {
        (void)AssertDesk::Contract::ResponseFormatter::toText(response);
        (void)AssertDesk::Contract::ResponseFormatter::toJson(response);
    }
    return 0;
}
