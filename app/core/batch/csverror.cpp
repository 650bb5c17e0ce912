#include "csverror.h"

#include <QCoreApplication>

namespace AssertDesk::Batch {

QString CsvError::codeName() const
{
    switch (code) {
    case Code::None: return QString();
    case Code::Unreadable: return QStringLiteral("unreadable");
    case Code::Empty: return QStringLiteral("empty");
    case Code::Binary: return QStringLiteral("binary");
    case Code::Utf16: return QStringLiteral("utf16");
    case Code::InvalidUtf8: return QStringLiteral("invalid_utf8");
    case Code::StrayQuote: return QStringLiteral("stray_quote");
    case Code::UnterminatedQuote: return QStringLiteral("unterminated_quote");
    case Code::FieldTooLong: return QStringLiteral("field_too_long");
    case Code::TooManyColumns: return QStringLiteral("too_many_columns");
    case Code::FieldCount: return QStringLiteral("field_count");
    case Code::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

CsvError CsvError::at(Code code, qint64 line, const QString &what)
{
    CsvError e;
    e.code = code;
    e.line = line;
    e.message = line > 0 ? QCoreApplication::translate("CsvError", "Line %1: %2").arg(line).arg(what) : what;
    return e;
}

} // namespace AssertDesk::Batch
