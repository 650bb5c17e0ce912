#include "batchpredict.h"

#include "batchreport.h"
#include "commands.h"
#include "output.h"

#include "apiclient.h"
#include "batchpreview.h"
#include "batchscan.h"
#include "previewread.h"
#include "rowchecker.h"
#include "rowmapper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#include <unistd.h>

namespace AssertDesk::Cli {

using Session::BatchPreview;
using Session::BatchPreviewCounts;
using Session::PreviewRow;
using Session::RowPrediction;

namespace {

// The translation context of the command line's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A cell of a tab-separated line: a tab or line break in a name would start a column or line of its own.
QString cell(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

bool progressShown()
{
    return ::isatty(::fileno(stderr)) == 1;
}

// Standard input read to its end into `copy`: the preview reads the rows a second time.
bool spoolStandardInput(QTemporaryFile &copy, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || !copy.open()) {
        *error = Tr::tr("cannot keep standard input for the preview: %1").arg(in.errorString() + copy.errorString());
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray block = in.read(1 << 20);
        if (block.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (copy.write(block) != block.size()) {
            *error = Tr::tr("cannot keep standard input for the preview: %1").arg(copy.errorString());
            return false;
        }
    }
    return copy.flush();
}

// The report as JSON up to its last member, so that the rows' predictions can follow it one by one.
QByteArray openJson(const QJsonObject &report)
{
    QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented).trimmed();
    text.chop(1); // the closing brace
    return text.trimmed() + ",\n    \"predictions\": [";
}

} // namespace

void BatchPredict::addOptions(QCommandLineParser &parser) const
{
    // --profile, --base-url and --timeout are batch's own (sending uses them too).
    parser.addOption(QCommandLineOption(m_o.header.names(),
                                        Tr::tr("With --dry-run --profile: an extra header on the preview's queries "
                                               "(\"Name: value\"; not Authorization)."),
                                        m_o.header.valueName()));
}

std::optional<int> BatchPredict::prepare(const QCommandLineParser &parser, const QString &file)
{
    m_wanted = parser.isSet(m_o.profile) || parser.isSet(m_o.baseUrl);
    if (!m_wanted)
        return std::nullopt;
    m_env = std::make_unique<CliEnv>();
    m_hasProfile = parser.isSet(m_o.profile);
    if (m_hasProfile) {
        const auto found = m_env->profiles().profile(parser.value(m_o.profile));
        if (!found) {
            printErr(Tr::tr("batch: there is no profile \"%1\"; see profile list\n").arg(parser.value(m_o.profile)));
            return ExitUsage;
        }
        m_profile = *found;
    }
    if (const auto failed = readCallOptions(parser, m_o, m_profile, &m_call))
        return failed;
    if (file != QLatin1String("-"))
        return std::nullopt;
    m_stdin = std::make_unique<QTemporaryFile>();
    QString error;
    if (!spoolStandardInput(*m_stdin, &error)) {
        printErr(QStringLiteral("batch: %1\n").arg(error));
        return ExitUsage;
    }
    return std::nullopt;
}

QString BatchPredict::inputPath(const QString &file) const
{
    return m_stdin ? m_stdin->fileName() : file;
}

std::optional<int> BatchPredict::readKey(QString *key)
{
    if (m_hasProfile)
        return Cli::readKey(*m_env, m_profile, key);
    *key = qEnvironmentVariable("ASSERTDESK_API_KEY").trimmed();
    if (!key->isEmpty())
        return std::nullopt;
    printErr(Tr::tr("batch: --base-url without --profile takes the key from $ASSERTDESK_API_KEY, which is not set\n"));
    return ExitNoKey;
}

int BatchPredict::run(Batch::BatchScan &scan, Batch::CsvReader::Options csv, bool emptyClears, bool json,
                      BatchReport &report, const QString &file)
{
    const int checked = scan.summary().allValid() ? ExitOk : ExitInvalid;
    QString key;
    if (const auto noKey = readKey(&key)) {
        report.note(Tr::tr("The rows were checked but not previewed: there is no usable API key."));
        if (json)
            report.printJson(file, scan.delimiter(), scan.hadByteOrderMark(), scan.mapping(), scan.summary());
        else
            report.printText(scan.mapping(), scan.summary());
        return *noKey;
    }
    m_call.key = key;
    if (json)
        printOut(QString::fromUtf8(
            openJson(report.toJson(file, scan.delimiter(), scan.hadByteOrderMark(), scan.mapping(), scan.summary()))));
    else
        report.printText(scan.mapping(), scan.summary());
    if (!predict(inputPath(file), scan, csv, emptyClears, json))
        return ExitUsage;
    if (checked != ExitOk)
        return checked;
    return m_unavailable > 0 ? ExitUnknown : ExitOk;
}

// Reads the rows again and previews the valid ones (as the check found them), printing each
// row's prediction as it comes: in text one line each (line, prediction, detail), in JSON one
// element of "predictions"; then the counts. False when the file cannot be read again.
bool BatchPredict::predict(const QString &path, Batch::BatchScan &scan, Batch::CsvReader::Options csv, bool emptyClears,
                           bool json)
{
    QFile input(path);
    Batch::CsvRecord header;
    if (!input.open(QIODevice::ReadOnly)) {
        printErr(Tr::tr("batch: cannot read %1 again for the preview: %2\n").arg(path, input.errorString()));
        return false;
    }
    Batch::CsvReader reader(&input, csv);
    reader.next(header);
    const Batch::RowMapper mapper(scan.mapping(), scan.catalogue(), emptyClears);
    Batch::RowChecker checker(Contract::RequestValidator(scan.catalogue()));
    qint64 number = 0;
    const auto source = [&](qsizetype max) {
        QList<PreviewRow> rows;
        Batch::CsvRecord record;
        while (rows.size() < max && reader.next(record)) {
            Batch::BatchRow row;
            row.line = record.line;
            row.number = ++number;
            checker.check(row, mapper, record.fields);
            if (row.status != Batch::BatchRow::Status::Valid || m_repeated.contains(row.line))
                continue;
            const QJsonObject match {{QStringLiteral("match"), row.request.match()}};
            rows.append({row.line, Session::PreviewRead::matchAddress(match), row.request.attributes()});
        }
        return rows;
    };
    Net::ApiClient client(&m_env->network());
    BatchPreview preview(&client, m_call);
    bool first = true;
    QObject::connect(&preview, &BatchPreview::rowsPredicted, &preview, [&](const QList<RowPrediction> &rows) {
        QString text;
        for (const RowPrediction &p : rows) {
            if (json)
                text += QLatin1String(first ? "\n        " : ",\n        ")
                    + QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
            else
                text += QString::number(p.line) + QLatin1Char('\t') + p.kindName() + QLatin1Char('\t')
                    + cell(p.detail()) + QLatin1Char('\n');
            first = false;
        }
        printOut(text);
    });
    const bool shown = progressShown();
    QObject::connect(&preview, &BatchPreview::progress, &preview, [shown](qint64 rows, int queries) {
        if (shown)
            printErr(Tr::tr("\rPreviewing: %1 rows, %2 queries").arg(rows).arg(queries));
    });
    QObject::connect(&preview, &BatchPreview::throttled, &preview, [](int seconds) {
        printErr(
            Tr::tr("The server asked to wait %n s (HTTP 429); the preview goes on after that.\n", nullptr, seconds));
    });
    QEventLoop loop;
    QObject::connect(&preview, &BatchPreview::finished, &loop, &QEventLoop::quit);
    preview.start(source);
    if (preview.state() == BatchPreview::State::Running)
        loop.exec();
    if (shown)
        printErr(QStringLiteral("\r\033[K"));
    report(preview.counts(), json, reader.error());
    return true;
}

void BatchPredict::report(const BatchPreviewCounts &counts, bool json, const Batch::CsvError &error)
{
    m_unavailable = counts.unavailable;
    const QString note = error.isError()
        ? Tr::tr("The file could not be read again to the end for the preview: %1").arg(error.message)
        : QString();
    if (json) {
        QJsonObject o = counts.toJson();
        o.insert(QStringLiteral("base_url"), m_call.baseUrl.toString());
        if (!note.isEmpty())
            o.insert(QStringLiteral("problem"), note);
        QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented).trimmed();
        text.replace("\n", "\n    ");
        printOut(QStringLiteral("\n    ],\n    \"preview\": %1\n}\n").arg(QString::fromUtf8(text)));
        return;
    }
    if (!note.isEmpty())
        printErr(note + QLatin1Char('\n'));
    QString queries = QString::number(counts.queries);
    if (counts.throttled > 0)
        queries += QLatin1Char(' ') + Tr::tr("(%1 throttled, waited out)").arg(counts.throttled);
    printErr(Tr::tr("Preview of %n valid row(s) at %1 in %2 s; queries made: %3.\n", nullptr, int(counts.rows))
                 .arg(m_call.baseUrl.toString(QUrl::RemoveUserInfo))
                 .arg(double(counts.msecs) / 1000.0, 0, 'f', 1)
                 .arg(queries));
    printErr(counts.sentence() + QLatin1Char('\n'));
}

} // namespace AssertDesk::Cli
