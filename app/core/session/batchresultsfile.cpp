#include "batchresultsfile.h"

#include "csvreader.h"
#include "csvrecord.h"
#include "historyexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace AssertDesk::Session {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssertDesk::Session::BatchResultsFile)
};

// A cell as the history export writes it (formula-safe, quoted where a comma, quote or line
// break needs it), quoted also where it holds another delimiter.
QByteArray cellFor(const QString &text, char delimiter)
{
    QByteArray cell = History::HistoryExport::csvCell(text);
    if (delimiter != ',' && !cell.startsWith('"') && cell.contains(delimiter))
        cell = '"' + cell + '"'; // unquoted, it holds no quote to double
    return cell;
}

} // namespace

QStringList BatchResultsFile::columns()
{
    return {QStringLiteral("outcome"),    QStringLiteral("http_status"), QStringLiteral("action"),
            QStringLiteral("contact_id"), QStringLiteral("error_code"),  QStringLiteral("message"),
            QStringLiteral("history_id")};
}

bool BatchResultsFile::write(const QString &out, const QString &source, char delimiter, const Cells &cells,
                             QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(source, in.errorString());
        return false;
    }
    QSaveFile file(out);
    // The results hold customer data: readable by their owner only, like the history.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = Tr::tr("cannot write %1: %2").arg(out, file.errorString());
        return false;
    }
    Batch::CsvReader::Options options;
    options.delimiter = delimiter;
    Batch::CsvReader reader(&in, options);
    Batch::CsvRecord record;
    qint64 row = -1; // the header first
    // Written as the file was (its delimiter, its byte order mark), so that it opens in the same
    // spreadsheet the same way: a semicolon file from a German Excel is not read as one column.
    char d = ',';
    while (reader.next(record)) {
        ++row;
        if (row == 0) {
            d = reader.delimiter();
            if (reader.hadByteOrderMark())
                file.write("\xEF\xBB\xBF");
        }
        QByteArray line;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i)
                line += d;
            line += cellFor(record.fields.at(i), d);
        }
        const QStringList extra = row == 0 ? columns() : cells(row);
        for (const QString &c : extra)
            line += d + (row == 0 ? c.toUtf8() : cellFor(c, d));
        file.write(line + "\r\n");
    }
    if (reader.error().isError()) {
        *error = reader.error().message;
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(out, file.errorString());
        return false;
    }
    return true;
}

} // namespace AssertDesk::Session
