#pragma once

#include "mappingchoices.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace AssertDesk::Batch {

// The choices made for a header set, kept so the next file with the same columns (an export run
// again next week) maps the same way: one small JSON file per header-set key, in the data
// folder's batch-mappings/. The command line and the window's mapping dialog share it.
class MappingStore final
{
public:
    explicit MappingStore(QString folder);
    static QString folderIn(const QString &dataDir);

    // Nothing, with error left empty, when no mapping was saved for this header set.
    std::optional<MappingChoices> load(const QString &headerSetKey, QString *error) const;
    bool save(const QString &headerSetKey, const MappingChoices &choices, const QStringList &header,
              QString *error) const;
    QString fileFor(const QString &headerSetKey) const;

private:
    QString m_folder;
};

} // namespace AssertDesk::Batch
