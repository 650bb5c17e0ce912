// A CSV of contacts at scale: a file generated with the columns people export (quoted cells with
// commas, doubled quotes and line breaks; a few bad and repeated rows), then read, mapped and
// checked as `batch --dry-run` does. Prints, tab-separated: rows, bytes, seconds (wall), CPU
// seconds, peak resident memory (VmHWM, MB), resident memory after a tenth of the rows and at
// the end (MB).
//   bench_batch ROWS [FILE]   (FILE: keep the generated file there instead of a temporary one)
// BENCH_THREADS=N sets the worker threads (default: one per core); BENCH_STAGES=1 also prints
// the CPU time of reading alone and of reading and mapping. The file repeats 9,000 phone numbers
// (readings of a number are kept); BENCH_DISTINCT_PHONES=1 gives every row its own, the worst
// case for the phone check. BENCH_DUMP=PATH writes every row's line, status, repeat, request and
// problems there, to compare the scan's results before and after a change.
#include "batchscan.h"
#include "rowmapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace AssertDesk::Batch;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

const char *const kTitles[] = {"VP, Engineering", "Head of \"Growth\"", "Sales Director", "CTO", "Account Executive"};
const char *const kStages[] = {"new", "working", "qualified", "customer", "Working"};
const char *const kCities[] = {"Berlin", "San Francisco", "München", "Zürich", "São Paulo", "London"};

QByteArray row(qint64 i)
{
    QByteArray r;
    r.reserve(320);
    // One row in a hundred with a broken email, one in two hundred repeating an earlier contact.
    const qint64 person = i % 200 == 7 ? i - 5 : i;
    r += "person" + QByteArray::number(person)
        + (i % 100 == 3 ? QByteArray("@,") : "@company" + QByteArray::number(person % 997) + ".example,");
    r += "First" + QByteArray::number(i) + ",Last" + QByteArray::number(i % 5000) + ",";
    r += '"' + QByteArray(kTitles[i % 5]).replace("\"", "\"\"") + "\",";
    static const bool distinctPhones = qEnvironmentVariableIsSet("BENCH_DISTINCT_PHONES");
    r += "Sales,+1415" + QByteArray::number(distinctPhones ? 2000000 + i : 5551000 + i % 9000) + ",";
    r += QByteArray(kStages[i % 5]) + ",";
    r += "\"" + QByteArray::number(i % 300) + " Main Street, Suite " + QByteArray::number(i % 40) + "\",";
    r += QByteArray(kCities[i % 6]) + "," + QByteArray::number(10000 + i % 89999) + ",DE,";
    r += "person" + QByteArray::number(person) + "@company" + QByteArray::number(person % 997) + ".example,";
    r += (i % 3 ? QByteArray("p") + QByteArray::number(i) + "@home.example" : QByteArray()) + ",";
    r += "https://www.linkedin.com/in/person" + QByteArray::number(i) + "," + (i % 2 ? "yes" : "no") + ",";
    r += i % 10 == 0 ? "\"Met at the fair;\nwants a \"\"demo\"\"\"" : "Imported";
    return r + "\r\n";
}

qint64 generate(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write("primary_email,first_name,last_name,title,department,primary_phone_number,stage,"
            "address.street_one,address.city,address.zip_code,address.country,email_1,email_2,linkedin_url,"
            "sms_consent,Notes\r\n");
    QByteArray block;
    for (qint64 i = 1; i <= rows; ++i) {
        block += row(i);
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
    return f.size();
}

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The reader alone, and the reader with the mapping: where the time of a full check goes.
void stages(const QString &path)
{
    for (const bool map : {false, true}) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const double start = cpuSeconds();
        CsvReader reader(&file);
        CsvRecord record;
        reader.next(record);
        const ColumnMapping mapping
            = ColumnMapping::automatic(record.fields, AssertDesk::Contract::FieldCatalogue::builtIn());
        const RowMapper mapper(mapping, AssertDesk::Contract::FieldCatalogue::builtIn());
        qint64 n = 0;
        while (reader.next(record))
            n += map ? mapper.map(record.fields).attributeNames().size() : record.fields.size();
        std::fprintf(stderr, "%s: %.3f s CPU (%lld)\n", map ? "read and map" : "read", cpuSeconds() - start, n);
    }
}

void dumpRow(QFile &out, const BatchRow &r)
{
    out.write(QByteArray::number(r.number) + ' ' + QByteArray::number(r.line) + ' ' + QByteArray::number(int(r.status))
              + ' ' + QByteArray::number(r.repeatOf) + ' ' + r.request.toBytes() + '\n');
    for (const RowProblem &p : r.problems)
        out.write("  " + p.severityName().toUtf8() + '\t' + QByteArray::number(p.line) + '\t' + p.column.toUtf8() + '\t'
                  + p.code.toUtf8() + '\t' + p.pointer.toUtf8() + '\t' + p.message.toUtf8() + '\n');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("contacts.csv"));
    const qint64 bytes = generate(path, rows);
    QFile file(path);
    if (bytes < 0 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot write or read %s\n", qPrintable(path));
        return 1;
    }
    if (qEnvironmentVariableIsSet("BENCH_STAGES"))
        stages(path);
    const qint64 baseHwm = statusKb("VmHWM");
    const double cpuStart = cpuSeconds();
    const double mainStart = cpuSeconds(RUSAGE_THREAD);
    qint64 tenthRss = 0;
    QElapsedTimer timer;
    timer.start();
    BatchScan scan(&file, CsvReader::Options {});
    scan.setThreads(qEnvironmentVariableIntValue("BENCH_THREADS"));
    QString error;
    if (!scan.readHeader() || !scan.mapping().chooseMatch(QString(), scan.catalogue(), &error)) {
        std::fprintf(stderr, "%s%s\n", qPrintable(scan.error().message), qPrintable(error));
        return 1;
    }
    qint64 problems = 0;
    QFile dump(qEnvironmentVariable("BENCH_DUMP"));
    if (!dump.fileName().isEmpty() && !dump.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dump.fileName()));
        return 1;
    }
    const bool ok = scan.run(
        false,
        [&](const BatchRow &r) {
            problems += r.problems.size();
            if (dump.isOpen())
                dumpRow(dump, r);
            if (r.number == rows / 10)
                tenthRss = statusKb("VmRSS");
            return true;
        },
        [&](const RowProblem &p) {
            if (dump.isOpen())
                dump.write("earlier " + QByteArray::number(p.line) + '\t' + p.message.toUtf8() + '\n');
        });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(scan.error().message));
        return 1;
    }
    const BatchSummary &s = scan.summary();
    const double cpu = cpuSeconds() - cpuStart;
    const double mainCpu = cpuSeconds(RUSAGE_THREAD) - mainStart;
    std::fprintf(stderr, "CPU: %.3f s in all, %.3f s on the reading thread\n", cpu, mainCpu);
    std::fprintf(stderr, "%lld rows: %lld valid, %lld invalid, %lld repeated, %lld problems; before reading %lld MB\n",
                 s.rows, s.valid, s.invalid, s.repeated, problems, baseHwm / 1024);
    std::printf("%lld\t%lld\t%.3f\t%.3f\t%lld\t%lld\t%lld\n", s.rows, bytes, seconds, cpu, statusKb("VmHWM") / 1024,
                tenthRss / 1024, statusKb("VmRSS") / 1024);
    return 0;
}
