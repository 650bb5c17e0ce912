#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// The search index: what it holds for a row, how typed text becomes a query, and its rebuild.
namespace AssertDesk::History {

namespace {

bool isJoiner(QChar c)
{
    return c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('+');
}

// The words of a text, split at white space (no regular expression: the search index is rebuilt
// with this for every row of a history).
QList<QStringView> wordsOf(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            out << text.mid(start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

QString HistoryStore::ftsQuery(const QString &text)
{
    // Every word must appear, as a prefix; quoting makes the word's punctuation text, not syntax.
    QStringList terms;
    for (QStringView view : wordsOf(text)) {
        QString word = view.toString();
        qsizetype from = 0;
        qsizetype to = word.size();
        while (from < to && isJoiner(word.at(from)))
            ++from;
        while (to > from && isJoiner(word.at(to - 1)))
            --to;
        if (from == to)
            continue;
        word = word.mid(from, to - from);
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString HistoryStore::searchWords(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QStringView view : wordsOf(value)) {
            const QString word = view.toString();
            out << word;
            if (std::none_of(word.cbegin(), word.cend(), isJoiner))
                continue;
            const qsizetype at = word.lastIndexOf(QLatin1Char('@'));
            const QString domain = at >= 0 ? word.mid(at + 1) : word;
            if (at >= 0)
                out << word.left(at) << domain;
            for (qsizetype dot = domain.indexOf(QLatin1Char('.')); dot >= 0;
                 dot = domain.indexOf(QLatin1Char('.'), dot + 1))
                out << domain.mid(dot + 1);
            qsizetype start = 0;
            for (qsizetype i = 0; i <= word.size(); ++i) {
                if (i == word.size() || isJoiner(word.at(i))) {
                    out << word.mid(start, i - start);
                    start = i + 1;
                }
            }
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out.join(QLatin1Char(' '));
}

bool HistoryStore::reindexSearch(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (m_progress) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM asserts")) && count.next()
            && count.value(0).toLongLong() > m_reportAbove)
            m_progress(QCoreApplication::translate(
                           "HistoryStore",
                           "Updating the history's search index (%L1 entries) for this version of Assert Desk; the "
                           "history and sending wait until it is done.")
                           .arg(count.value(0).toLongLong()));
    }
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT rowid, emails, names, contact_id, error_code FROM asserts_fts"))
        || !write.prepare(QStringLiteral("INSERT INTO asserts_search (rowid, emails, names, contact_id, error_code) "
                                         "VALUES (?, ?, ?, ?, ?)"))) {
        *error = read.lastError().text().isEmpty() ? write.lastError().text() : read.lastError().text();
        return false;
    }
    while (read.next()) {
        write.addBindValue(read.value(0));
        for (int column = 1; column <= 4; ++column)
            write.addBindValue(searchWords({read.value(column).toString()}));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    read.finish();
    return exec(QStringLiteral("DROP TABLE asserts_fts"), error)
        && exec(QStringLiteral("ALTER TABLE asserts_search RENAME TO asserts_fts"), error);
}

} // namespace AssertDesk::History
