#include "curltext.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace AssertDesk::Contract;

// Any text a user might paste as a curl command; and, read as a request body, the copy of it
// must paste back to the same body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const QString body = CurlText::bodyOf(text, &error);
    if (body.isEmpty() == error.isEmpty()) {
        std::fprintf(stderr, "bodyOf gave %s body and %s message\n", body.isEmpty() ? "no" : "a",
                     error.isEmpty() ? "no" : "a");
        std::abort();
    }

    // curl reads a body that starts with @ as a file name, so none is expected back for those.
    if (text.isEmpty() || text.startsWith(QLatin1Char('@')))
        return 0;
    static const QUrl url(QStringLiteral("https://api.example.com/api/v2/contact/_assert"));
    error.clear();
    if (CurlText::bodyOf(CurlText::command(url, text.toUtf8()), &error) != text) {
        std::fprintf(stderr, "the copied command did not paste back to its body (%s)\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
