#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace AssertDesk::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

} // namespace AssertDesk::Cli
