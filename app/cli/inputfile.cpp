#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace AssertDesk::Cli {

namespace {
// Far beyond any real assert body; stops a wrong file (a disk image) from eating the memory.
constexpr qint64 kMaxInput = 256 * 1024 * 1024;
} // namespace

bool readInput(const QString &path, QByteArray *data, QString *error)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "cannot read standard input: %1").arg(file.errorString());
            return false;
        }
    } else {
        if (QFileInfo(path).isDir()) {
            *error = QCoreApplication::translate("Cli", "%1 is a folder, not a file").arg(path);
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *data = file.read(kMaxInput + 1);
    if (data->size() > kMaxInput) {
        *error = QCoreApplication::translate("Cli", "%1 is larger than 256 MB; that is not an assert body")
                     .arg(isStdin ? QStringLiteral("standard input") : path);
        return false;
    }
    return true;
}

} // namespace AssertDesk::Cli
