#pragma once

#include "assertresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace AssertDesk::Contract {

// The typed tree as text a person reads in a terminal, or as JSON for scripts.
class ResponseFormatter final
{
public:
    static QString toText(const AssertResponse &response);
    static QJsonObject toJson(const AssertResponse &response);

private:
    static void appendValue(QString &out, const TypedValue &value, int depth);
    static QJsonObject valueToJson(const TypedValue &value);
};

} // namespace AssertDesk::Contract
