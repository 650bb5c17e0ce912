#include "batchsetup.h"
#include "inputfile.h"

#include "historystore.h"
#include "mappingstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

std::optional<char> parseDelimiter(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return '\t';
    if (text.size() != 1 || text.at(0).unicode() > 126 || text.at(0).unicode() < 32 || text == QLatin1String("\""))
        return std::nullopt;
    return text.at(0).toLatin1();
}

bool openInput(QFile &file, const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        *error = Tr::tr("cannot read standard input: %1").arg(file.errorString());
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = Tr::tr("%1 is a folder, not a file").arg(path);
        return false;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The saved mapping for this header set, the map file over it and --match over both; saved again
// when the map file or --match changed it.
bool resolveMapping(Batch::BatchScan &scan, const QCommandLineParser &parser, const BatchOptions &o,
                    BatchReport &report, QString *error)
{
    ColumnMapping &mapping = scan.mapping();
    const MappingStore store(MappingStore::folderIn(parser.isSet(o.dataDir) ? parser.value(o.dataDir)
                                                                            : History::HistoryStore::defaultDataDir()));
    const QString key = mapping.headerSetKey();
    QString why;
    const std::optional<MappingChoices> saved = store.load(key, &why);
    if (!why.isEmpty())
        report.note(why);
    MappingChoices choices = saved.value_or(MappingChoices());
    if (parser.isSet(o.map)) {
        QByteArray json;
        if (!readInput(parser.value(o.map), &json, &why)) {
            *error = QStringLiteral("--map: %1").arg(why);
            return false;
        }
        const std::optional<MappingChoices> fromFile = MappingChoices::fromJson(json, &why);
        if (!fromFile) {
            *error = QStringLiteral("--map %1: %2").arg(parser.value(o.map), why);
            return false;
        }
        choices.merge(*fromFile);
    }
    if (parser.isSet(o.match))
        choices.setMatch(parser.value(o.match));
    QStringList notes;
    if (!mapping.apply(choices, scan.catalogue(), &notes, error)
        || !mapping.chooseMatch(choices.match(), scan.catalogue(), error) || !mapping.check(error)) {
        if (saved)
            *error += QLatin1Char(' ')
                + Tr::tr("(The mapping saved for these columns was used: %1; a --map file changes it.)")
                      .arg(store.fileFor(key));
        return false;
    }
    for (const QString &n : std::as_const(notes))
        report.note(n);
    if (saved && choices == *saved) {
        report.note(Tr::tr("Used the mapping saved for these columns: %1").arg(store.fileFor(key)));
    } else if (!choices.isEmpty()) {
        if (store.save(key, choices, mapping.header(), &why))
            report.note(Tr::tr("Saved this mapping for files with these columns: %1").arg(store.fileFor(key)));
        else
            report.note(why);
    }
    return true;
}

bool restoreMapping(BatchScan &scan, const History::BatchRecord &batch, QString *error)
{
    if (!scan.readHeader()) {
        *error = scan.error().message;
        return false;
    }
    if (scan.mapping().header() != batch.header) {
        *error = Tr::tr("the file's header row is not the one batch %1 was sent with").arg(batch.id);
        return false;
    }
    const std::optional<MappingChoices> choices = MappingChoices::fromJson(batch.mapping, error);
    QStringList notes;
    return choices && scan.mapping().apply(*choices, scan.catalogue(), &notes, error)
        && scan.mapping().chooseMatch(choices->match(), scan.catalogue(), error) && scan.mapping().check(error);
}

QByteArray mappingJson(const ColumnMapping &mapping)
{
    MappingChoices choices;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const ColumnTarget &target = mapping.column(i).target;
        choices.set(mapping.column(i).header, target.sends() ? std::optional<QString>(target.text()) : std::nullopt);
    }
    if (mapping.matchColumn() >= 0)
        choices.setMatch(mapping.column(mapping.matchColumn()).header);
    return choices.toJson(mapping.header());
}

bool fingerprint(const QString &path, qint64 *size, QByteArray *sha256, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *size = file.size();
    *sha256 = hash.result().toHex();
    return true;
}

qint64 FileCheck::rowAtLine(qint64 line) const
{
    const auto at = std::lower_bound(lines.cbegin(), lines.cend(), line);
    return at != lines.cend() && *at == line ? qint64(at - lines.cbegin()) + 1 : 0;
}

bool checkRows(BatchScan &scan, bool emptyClears, BatchReport &report, FileCheck &check, QString *error)
{
    const auto keep = [&report, &check](const RowProblem &p, qint64 row) {
        report.add(p);
        if (p.isError() && row > 0 && !check.firstProblem.contains(row)) {
            check.firstProblem.insert(row, p.column.isEmpty() ? p.message : p.column + QLatin1String(": ") + p.message);
            check.firstProblemCode.insert(row, p.code);
        }
    };
    const bool read = scan.run(
        emptyClears,
        [&](const BatchRow &row) {
            check.status.push_back(row.status);
            check.lines.push_back(row.line);
            for (const RowProblem &p : row.problems)
                keep(p, row.number);
            return true;
        },
        [&](const RowProblem &earlier) {
            // A row taken for valid turns out to share its match key with a later one.
            const qint64 row = check.rowAtLine(earlier.line);
            if (row > 0 && check.status[size_t(row - 1)] == BatchRow::Status::Valid)
                check.status[size_t(row - 1)] = BatchRow::Status::Repeated;
            keep(earlier, row);
        });
    check.summary = scan.summary();
    if (!read)
        *error = scan.error().message;
    return read;
}

} // namespace AssertDesk::Cli
