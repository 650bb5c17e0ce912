#include "batchoutcomes.h"

#include "batchstanding.h"

#include "batchresultsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace AssertDesk::Cli {

using History::BatchRowState;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Where a tried row stands, by the rules the window reads its past batches with.
BatchOutcomes::Kind kindOfAttempt(const BatchRowState &s)
{
    using Kind = BatchOutcomes::Kind;
    switch (Session::BatchStanding::of(s)) {
    case Session::BatchStanding::Kind::Succeeded: return Kind::Succeeded;
    case Session::BatchStanding::Kind::Landed: return Kind::Landed;
    case Session::BatchStanding::Kind::Rejected: return Kind::Rejected;
    case Session::BatchStanding::Kind::Unknown: return Kind::Unknown;
    case Session::BatchStanding::Kind::Interrupted: return Kind::Interrupted;
    case Session::BatchStanding::Kind::NotSent: return Kind::NotSent;
    }
    return Kind::Interrupted;
}

} // namespace

BatchOutcomes::BatchOutcomes(const History::BatchRecord &batch, const QList<BatchRowState> &rows,
                             const FileCheck *check)
    : m_total(batch.totalRows)
    , m_check(check)
    , m_rows(rows)
{
    if (m_check)
        m_total = qint64(m_check->status.size());
    m_byRow.assign(size_t(qMax<qint64>(m_total, 0)), nullptr);
    for (const BatchRowState &s : std::as_const(m_rows))
        if (s.row >= 1 && s.row <= m_total)
            m_byRow[size_t(s.row - 1)] = &s;
    if (m_check) {
        for (qint64 row = 1; row <= m_total; ++row)
            ++m_counts[size_t(kindOf(row))];
        return;
    }
    qint64 tried = 0;
    for (const BatchRowState *s : m_byRow)
        if (s) {
            ++m_counts[size_t(kindOfAttempt(*s))];
            ++tried;
        }
    m_counts[size_t(Kind::Invalid)] = batch.invalidRows;
    m_counts[size_t(Kind::Repeated)] = batch.repeatedRows;
    m_counts[size_t(Kind::NotSent)] += qMax<qint64>(m_total - tried - batch.invalidRows - batch.repeatedRows, 0);
}

const BatchRowState *BatchOutcomes::stateOf(qint64 row) const
{
    return row >= 1 && row <= qint64(m_byRow.size()) ? m_byRow[size_t(row - 1)] : nullptr;
}

BatchOutcomes::Kind BatchOutcomes::kindOf(qint64 row) const
{
    if (const BatchRowState *s = stateOf(row))
        return kindOfAttempt(*s);
    if (m_check && row >= 1 && row <= qint64(m_check->status.size())) {
        const Batch::BatchRow::Status status = m_check->status[size_t(row - 1)];
        if (status == Batch::BatchRow::Status::Invalid)
            return Kind::Invalid;
        if (status == Batch::BatchRow::Status::Repeated)
            return Kind::Repeated;
    }
    return Kind::NotSent;
}

QString BatchOutcomes::name(Kind kind)
{
    switch (kind) {
    case Kind::Succeeded: return QStringLiteral("succeeded");
    case Kind::Landed: return QStringLiteral("landed (checked)");
    case Kind::Rejected: return QStringLiteral("rejected");
    case Kind::Unknown: return QStringLiteral("unknown");
    case Kind::Interrupted: return QStringLiteral("interrupted");
    case Kind::NotSent: return QStringLiteral("not sent");
    case Kind::Invalid: return QStringLiteral("invalid");
    case Kind::Repeated: return QStringLiteral("repeated");
    }
    return {};
}

QString BatchOutcomes::key(Kind kind)
{
    return kind == Kind::Landed ? QStringLiteral("landed_checked")
                                : name(kind).replace(QLatin1Char(' '), QLatin1Char('_'));
}

int BatchOutcomes::exitCode() const
{
    if (count(Kind::Unknown) + count(Kind::Interrupted) > 0)
        return 4;
    if (count(Kind::Rejected) > 0)
        return 3;
    return count(Kind::NotSent) > 0 ? 5 : 0;
}

QJsonObject BatchOutcomes::toJson() const
{
    QJsonObject counts;
    for (int k = 0; k < kKinds; ++k)
        counts.insert(key(Kind(k)), m_counts[size_t(k)]);
    return QJsonObject {{QStringLiteral("rows"), m_total}, {QStringLiteral("counts"), counts}};
}

QString BatchOutcomes::toText() const
{
    QString out = QStringLiteral("rows\t%1\n").arg(m_total);
    for (int k = 0; k < kKinds; ++k)
        out += QStringLiteral("%1\t%2\n").arg(name(Kind(k))).arg(m_counts[size_t(k)]);
    return out;
}

namespace {

QStringList resultCells(const BatchOutcomes &outcomes, const FileCheck &check, qint64 row, const QString &notSentWhy)
{
    const BatchOutcomes::Kind kind = outcomes.kindOf(row);
    const BatchRowState *s = outcomes.stateOf(row);
    QStringList cells {BatchOutcomes::name(kind)};
    if (s && kind == BatchOutcomes::Kind::Landed) {
        // The read-back found the row's fields on the contact: the attempt's own failure (a lost
        // answer, a timeout) no longer describes the row, and no status or action came back.
        cells << QString() << s->action << s->contactId << QString()
              << (s->contactId.isEmpty()
                      ? Tr::tr("landed (checked): the contact holds every field the row writes")
                      : Tr::tr("landed (checked): contact %1 holds every field the row writes").arg(s->contactId))
              << QString::number(s->historyId);
    } else if (s && kind != BatchOutcomes::Kind::NotSent) {
        cells << (s->httpStatus > 0 ? QString::number(s->httpStatus) : QString()) << s->action << s->contactId
              << s->errorCode << s->errorMessage << QString::number(s->historyId);
    } else if (s) {
        // A row cancelled before it left (written ahead, or on its way) is told how to go on, as
        // a row never reached is.
        const bool cancelled = s->outcome == QLatin1String("cancelled") && !notSentWhy.isEmpty();
        cells << QString() << QString() << QString() << s->errorCode << (cancelled ? notSentWhy : s->errorMessage)
              << QString::number(s->historyId);
    } else if (kind == BatchOutcomes::Kind::NotSent && check.firstProblem.value(row).isEmpty()) {
        cells << QString() << QString() << QString() << QString() << notSentWhy << QString();
    } else {
        cells << QString() << QString() << QString() << check.firstProblemCode.value(row)
              << check.firstProblem.value(row) << QString();
    }
    return cells;
}

} // namespace

bool prepareResults(const QString &out, QString *error)
{
    QFile file(out);
    if (!file.open(QIODevice::ReadWrite) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = Tr::tr("cannot write %1: %2").arg(out, file.errorString());
        return false;
    }
    file.close();
    // The results are written at the end as a new file renamed over this one: its folder must
    // take a new file too.
    QSaveFile probe(out);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(out, probe.errorString());
        return false;
    }
    probe.cancelWriting();
    return true;
}

bool writeResults(const QString &out, const QString &source, char delimiter, const BatchOutcomes &outcomes,
                  const FileCheck &check, QString *error, const QString &notSentWhy)
{
    return Session::BatchResultsFile::write(
        out, source, delimiter, [&](qint64 row) { return resultCells(outcomes, check, row, notSentWhy); }, error);
}

} // namespace AssertDesk::Cli
