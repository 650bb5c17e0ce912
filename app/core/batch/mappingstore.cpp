#include "mappingstore.h"

#include "batchlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace AssertDesk::Batch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingStore", text);
}

// A mapping is a few hundred bytes; anything far larger is not one this store wrote.
constexpr qint64 maxFileSize = 1024 * 1024;

} // namespace

MappingStore::MappingStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString MappingStore::folderIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("batch-mappings"));
}

QString MappingStore::fileFor(const QString &headerSetKey) const
{
    return QDir(m_folder).filePath(headerSetKey + QStringLiteral(".json"));
}

std::optional<MappingChoices> MappingStore::load(const QString &headerSetKey, QString *error) const
{
    QFile file(fileFor(headerSetKey));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileSize) {
        *error = tr("the saved mapping %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QString why;
    auto choices = MappingChoices::fromJson(file.readAll(), &why);
    if (!choices)
        *error = tr("the saved mapping %1 is damaged (%2); it is ignored and replaced when you map again.")
                     .arg(file.fileName(), why);
    return choices;
}

bool MappingStore::save(const QString &headerSetKey, const MappingChoices &choices, const QStringList &header,
                        QString *error) const
{
    // The data folder is the user's alone, as the history's is.
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create %1").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(fileFor(headerSetKey));
    if (!file.open(QIODevice::WriteOnly) || file.write(choices.toJson(header)) < 0 || !file.commit()) {
        *error = tr("cannot save the mapping to %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcBatch) << "saved the mapping for header set" << headerSetKey;
    return true;
}

} // namespace AssertDesk::Batch
