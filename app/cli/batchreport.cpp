#include "batchreport.h"

#include "output.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// A cell of a tab-separated line: a tab or line break in a header or message would start a
// column or a line of its own.
QString cell(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString howMapped(const ColumnMapping::Column &c)
{
    switch (c.target.kind) {
    case ColumnTarget::Kind::Unmapped: return c.readOnly ? QStringLiteral("read-only") : QStringLiteral("unmapped");
    case ColumnTarget::Kind::Ignored: return QStringLiteral("left-out");
    default: break;
    }
    return c.origin == ColumnMapping::Origin::Chosen ? QStringLiteral("chosen") : QStringLiteral("automatic");
}

QString summaryLine(const BatchSummary &s)
{
    QString line
        = tr("Rows: %1 (%2 valid, %3 invalid, %4 repeated").arg(s.rows).arg(s.valid).arg(s.invalid).arg(s.repeated);
    if (s.withWarnings)
        line += tr("; %1 of the valid and repeated with warnings").arg(s.withWarnings);
    return line + QLatin1String(").\n");
}

} // namespace

void BatchReport::add(const RowProblem &problem)
{
    if (m_problems.size() < maxProblems)
        m_problems.append(problem);
    else
        ++m_notListed;
}

void BatchReport::sort()
{
    // The first row of a repeated key learns of it when the repeat is read, further down.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
}

void BatchReport::printText(const ColumnMapping &mapping, const BatchSummary &summary)
{
    sort();
    for (const RowProblem &p : std::as_const(m_problems))
        printOut(QString::number(p.line) + QLatin1Char('\t') + cell(p.column) + QLatin1Char('\t') + p.severityName()
                 + QLatin1Char('\t') + p.code + QLatin1Char('\t') + cell(p.message) + QLatin1Char('\n'));
    if (const qsizetype m = mapping.matchColumn(); m >= 0 && mapping.columnName(m) != mapping.matchKey())
        printErr(tr("Match column: %1 (as %2).\n").arg(mapping.columnName(m), mapping.matchKey()));
    else if (m >= 0)
        printErr(tr("Match column: %1.\n").arg(mapping.columnName(m)));
    QStringList unmapped;
    QStringList readOnly;
    for (const qsizetype i : mapping.unmapped())
        (mapping.column(i).readOnly ? readOnly : unmapped) << mapping.columnName(i);
    if (!unmapped.isEmpty())
        printErr(
            tr("Not sent, no field of that name (map them with --map): %1.\n").arg(unmapped.join(QLatin1String(", "))));
    if (!readOnly.isEmpty())
        printErr(tr("Not sent, read-only fields: %1.\n").arg(readOnly.join(QLatin1String(", "))));
    for (const QString &n : std::as_const(m_notes))
        printErr(n + QLatin1Char('\n'));
    if (m_notListed)
        printErr(tr("%1 more problems not listed; fix the ones above and check again.\n").arg(m_notListed));
    printErr(summaryLine(summary));
}

void BatchReport::printJson(const QString &file, char delimiter, bool byteOrderMark, const ColumnMapping &mapping,
                            const BatchSummary &summary)
{
    Cli::printJson(toJson(file, delimiter, byteOrderMark, mapping, summary));
}

QJsonObject BatchReport::toJson(const QString &file, char delimiter, bool byteOrderMark, const ColumnMapping &mapping,
                                const BatchSummary &summary)
{
    sort();
    QJsonArray columns;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const ColumnMapping::Column &c = mapping.column(i);
        const QString target = c.target.text();
        columns.append(QJsonObject {{QStringLiteral("header"), c.header},
                                    {QStringLiteral("target"), target.isEmpty() ? QJsonValue() : QJsonValue(target)},
                                    {QStringLiteral("mapped"), howMapped(c)},
                                    {QStringLiteral("match"), i == mapping.matchColumn()}});
    }
    QJsonArray problems;
    for (const RowProblem &p : std::as_const(m_problems))
        problems.append(QJsonObject {{QStringLiteral("line"), p.line},
                                     {QStringLiteral("column"), p.column},
                                     {QStringLiteral("severity"), p.severityName()},
                                     {QStringLiteral("code"), p.code},
                                     {QStringLiteral("message"), p.message},
                                     {QStringLiteral("pointer"), p.pointer}});
    const QJsonObject counts {{QStringLiteral("rows"), summary.rows},
                              {QStringLiteral("valid"), summary.valid},
                              {QStringLiteral("invalid"), summary.invalid},
                              {QStringLiteral("repeated"), summary.repeated},
                              {QStringLiteral("withWarnings"), summary.withWarnings}};
    return QJsonObject {
        {QStringLiteral("file"), file},
        {QStringLiteral("delimiter"), QString(QLatin1Char(delimiter))},
        {QStringLiteral("byteOrderMark"), byteOrderMark},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("matchKey"), mapping.matchKey()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)},
        {QStringLiteral("summary"), counts},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("problemsNotListed"), m_notListed},
    };
}

} // namespace AssertDesk::Cli
