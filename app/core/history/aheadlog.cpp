#include "aheadlog.h"

#include <QCoreApplication>

namespace AssertDesk::History {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QByteArray &bootIdOverride()
{
    static QByteArray id;
    return id;
}

} // namespace

void AheadLog::setBootIdForTesting(const QByteArray &bootId)
{
    bootIdOverride() = bootId;
}

QByteArray AheadLog::bootId()
{
    if (!bootIdOverride().isEmpty())
        return bootIdOverride();
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

AheadLog::Reading AheadLog::read(const QString &path)
{
    Reading r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    const QByteArray boot = bootId();
    bool first = true;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        // A line cut short by the crash: its rows are taken for what the rest says of them.
        if (!line.endsWith('\n'))
            break;
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (first) {
            first = false;
            r.sameBoot = words.size() == 2 && words.at(0) == "boot" && !boot.isEmpty() && words.at(1) == boot;
            if (!r.sameBoot)
                return {};
            continue;
        }
        // In order: an id withdrawn may be given to a new row, written ahead again or not.
        const QByteArray kind = words.at(0);
        for (qsizetype i = 1; i < words.size(); ++i) {
            bool ok = false;
            const qint64 id = words.at(i).toLongLong(&ok);
            if (!ok)
                continue;
            if (kind == "a") {
                r.ahead.insert(id);
            } else if (kind == "r") {
                r.released.insert(id);
            } else if (kind == "w") {
                r.ahead.remove(id);
                r.released.remove(id);
            }
        }
    }
    return r;
}

bool AheadLog::start(const QString &path, QString *error)
{
    const QByteArray boot = bootId();
    const QMutexLocker lock(&m_lock);
    m_file.close();
    m_file.setFileName(path);
    // Unbuffered: every line is in the system's cache when append() returns.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (boot.isEmpty())
        return true; // nothing written: every row in flight will read as interrupted
    return write("boot " + boot + '\n', error);
}

bool AheadLog::append(char kind, const QList<qint64> &ids, QString *error)
{
    QByteArray line;
    line.reserve(2 + ids.size() * 8);
    line.append(kind);
    for (const qint64 id : ids)
        line.append(' ').append(QByteArray::number(id));
    line.append('\n');
    const QMutexLocker lock(&m_lock);
    return write(line, error);
}

bool AheadLog::write(const QByteArray &line, QString *error)
{
    if (!m_file.isOpen()) {
        *error = Tr::tr("the record of rows written ahead is not open");
        return false;
    }
    if (m_file.write(line) != line.size()) {
        *error = Tr::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace AssertDesk::History
