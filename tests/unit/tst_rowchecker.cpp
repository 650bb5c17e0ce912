#include "rowchecker.h"

#include <QTest>

using namespace AssertDesk::Batch;
using AssertDesk::Contract::FieldCatalogue;

namespace {

const FieldCatalogue catalogue = FieldCatalogue::builtIn();

struct Checked
{
    QList<BatchRow> rows;
    QList<RowProblem> earlier;
    BatchSummary summary;
};

// Rows as (line, cells), checked in order with the header's automatic mapping.
Checked check(const QStringList &header, const QList<std::pair<qint64, QStringList>> &rows)
{
    ColumnMapping m = ColumnMapping::automatic(header, catalogue);
    QString error;
    if (!m.chooseMatch(QString(), catalogue, &error))
        qFatal("%s", qPrintable(error));
    const RowMapper mapper(m, catalogue);
    RowChecker checker;
    Checked out;
    for (const auto &[line, cells] : rows) {
        BatchRow row;
        row.line = line;
        if (const auto e = checker.check(row, mapper, cells))
            out.earlier << *e;
        out.rows << row;
    }
    out.summary = checker.summary();
    return out;
}

const QStringList header {QStringLiteral("primary_email"), QStringLiteral("first_name"), QStringLiteral("linkedin_url"),
                          QStringLiteral("email_1"), QStringLiteral("email_2")};

QStringList row(const char *email, const char *name, const char *url = "", const char *e1 = "", const char *e2 = "")
{
    return {QString::fromUtf8(email), QString::fromUtf8(name), QString::fromUtf8(url), QString::fromUtf8(e1),
            QString::fromUtf8(e2)};
}

} // namespace

// Every row checked as the form checks a request, each problem at its line and column.
class TestRowChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsCarryTheirLineColumnAndCode()
    {
        const Checked c = check(header,
                                {{2, row("ann@x.example", "Ann", "linkedin.com/ann")},
                                 {5, row("bob@", "Bob", "", "bob@x.example", "not-an-email")},
                                 {6, row("carol@x.example", "")}});
        QCOMPARE(c.rows.at(0).status, BatchRow::Status::Invalid);
        QCOMPARE(c.rows.at(0).problems.size(), 1);
        const RowProblem &url = c.rows.at(0).problems.first();
        QCOMPARE(url.line, 2);
        QCOMPARE(url.column, QStringLiteral("linkedin_url"));
        QCOMPARE(url.code, QStringLiteral("field_value_invalid"));
        QVERIFY(url.message.contains(QStringLiteral("linkedin.com/ann")));
        QCOMPARE(url.pointer, QStringLiteral("/attributes/linkedin_url"));

        QStringList where;
        for (const RowProblem &p : c.rows.at(1).problems)
            where << QStringLiteral("%1 %2 %3").arg(p.line).arg(p.column, p.code);
        where.sort();
        QCOMPARE(where,
                 (QStringList {QStringLiteral("5 email_2 field_value_invalid"),
                               QStringLiteral("5 primary_email match_value_invalid")}));
        // Nothing but the match: a create would have nothing in it. The row as a whole, no column.
        QCOMPARE(c.rows.at(2).problems.size(), 1);
        QCOMPARE(c.rows.at(2).problems.first().code, QStringLiteral("attributes_empty"));
        QCOMPARE(c.rows.at(2).problems.first().column, QString());
        QCOMPARE(c.rows.at(2).request.matchValue(), QStringLiteral("carol@x.example"));
    }

    // Two rows for one contact, the key trimmed and in any case, would race when sent side by side.
    void repeatedMatchKeysAreFlaggedOnBothRows()
    {
        const Checked c = check(header,
                                {{2, row("ann@x.example", "Ann")},
                                 {3, row("bob@x.example", "Bob")},
                                 {4, row("  ANN@X.example ", "Ann B.")},
                                 {7, row("Ann@x.Example", "Ann C.")}});
        QCOMPARE(c.rows.at(1).status, BatchRow::Status::Valid);
        QCOMPARE(c.rows.at(2).status, BatchRow::Status::Repeated);
        QCOMPARE(c.rows.at(2).repeatOf, 2);
        QCOMPARE(c.rows.at(3).repeatOf, 2);
        const RowProblem &later = c.rows.at(2).problems.last();
        QCOMPARE(later.code, RowChecker::repeatedCode());
        QCOMPARE(later.column, QStringLiteral("primary_email"));
        QCOMPARE(later.line, 4);
        QVERIFY(later.message.contains(QStringLiteral("line 2")));
        // The first row learns it once, when the first repeat is read.
        QCOMPARE(c.earlier.size(), 1);
        QCOMPARE(c.earlier.first().line, 2);
        QVERIFY(c.earlier.first().message.contains(QStringLiteral("line 4")));
        QCOMPARE(c.summary, (BatchSummary {4, 1, 0, 3, 1})); // the spaces around row 4's key: a warning
    }

    // Each row is counted once: an invalid row stays invalid when its key repeats too.
    void invalidComesBeforeRepeated()
    {
        const Checked c = check(header,
                                {{2, row("ann@x.example", "Ann", "bad url")},
                                 {3, row("ann@x.example", "Ann")},
                                 {4, row("bob@x.example", "Bob", "", "bob@x.example", "bob@x.example")}});
        QCOMPARE(c.rows.at(0).status, BatchRow::Status::Invalid);
        QCOMPARE(c.rows.at(1).status, BatchRow::Status::Repeated);
        QCOMPARE(c.rows.at(2).status, BatchRow::Status::Invalid); // the same address twice in contact_emails
        QCOMPARE(c.summary, (BatchSummary {3, 0, 2, 1, 0}));
        QVERIFY(!c.summary.allValid());
    }

    void anEmptyMatchIsInvalidNotRepeated()
    {
        const Checked c = check(header, {{2, row("", "Ann")}, {3, row("", "Bob")}});
        for (const BatchRow &r : c.rows) {
            QCOMPARE(r.status, BatchRow::Status::Invalid);
            QCOMPARE(r.repeatOf, 0);
            QCOMPARE(r.problems.first().column, QStringLiteral("primary_email"));
        }
    }

    void warningsDoNotMakeARowInvalid()
    {
        const Checked c = check({QStringLiteral("primary_email"), QStringLiteral("stage")},
                                {{2, {QStringLiteral("a@x.example"), QStringLiteral("Qualified Lead")}}});
        QCOMPARE(c.rows.first().status, BatchRow::Status::Valid);
        QCOMPARE(c.rows.first().problems.first().code, QStringLiteral("stage_not_api_name"));
        QVERIFY(!c.rows.first().problems.first().isError());
        QCOMPARE(c.summary, (BatchSummary {1, 1, 0, 0, 1}));
        QVERIFY(c.summary.allValid());
    }
};

QTEST_GUILESS_MAIN(TestRowChecker)
#include "tst_rowchecker.moc"
