#include "curltext.h"

#include <QCoreApplication>
#include <QStringList>

namespace AssertDesk::Contract::CurlText {

namespace {

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// Splits a POSIX shell command line into words: quotes, escapes and line continuations.
QStringList words(const QString &line)
{
    QStringList out;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\'')) {
            inWord = true;
            const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
            word += line.mid(i + 1, (end < 0 ? line.size() : end) - i - 1);
            i = end < 0 ? line.size() : end;
        } else if (c == QLatin1Char('"')) {
            inWord = true;
            for (++i; i < line.size() && line.at(i) != QLatin1Char('"'); ++i) {
                if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size()
                    && QStringLiteral("\"\\$`").contains(line.at(i + 1)))
                    ++i;
                word += line.at(i);
            }
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            if (line.at(i + 1) != QLatin1Char('\n')) {
                word += line.at(i + 1);
                inWord = true;
            }
            ++i;
        } else if (c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        out << word;
    return out;
}

} // namespace

QString command(const QUrl &assertUrl, const QByteArray &body)
{
    return QStringLiteral("curl -sS -X POST %1 \\\n  -H \"Authorization: Bearer $ASSERTDESK_API_KEY\" \\\n"
                          "  -H 'Content-Type: application/json' \\\n  --data-binary %2")
        .arg(shellQuote(assertUrl.toString()), shellQuote(QString::fromUtf8(body)));
}

QString bodyOf(const QString &commandLine, QString *error)
{
    const QStringList w = words(commandLine.trimmed());
    if (w.isEmpty() || w.first() != QLatin1String("curl")) {
        *error = QCoreApplication::translate("CurlText", "This is not a curl command.");
        return {};
    }
    static const QStringList dataFlags = {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
                                          QStringLiteral("--data-binary"), QStringLiteral("--json")};
    for (qsizetype i = 1; i < w.size(); ++i) {
        for (const QString &flag : dataFlags) {
            if (w.at(i) == flag && i + 1 < w.size())
                return w.at(i + 1);
            if (w.at(i).startsWith(flag + QLatin1Char('=')))
                return w.at(i).mid(flag.size() + 1);
        }
    }
    *error = QCoreApplication::translate("CurlText", "The curl command has no --data body to take.");
    return {};
}

} // namespace AssertDesk::Contract::CurlText
