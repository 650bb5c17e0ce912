#pragma once

#include <QByteArray>
#include <QString>

namespace AssertDesk::Cli {

// Reads FILE, or standard input for "-". Returns false with a message naming the file.
bool readInput(const QString &path, QByteArray *data, QString *error);

} // namespace AssertDesk::Cli
