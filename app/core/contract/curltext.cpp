#include "curltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace AssertDesk::Contract::CurlText {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CurlText)
};

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The value of an ASCII digit in `base`, -1 for anything else.
int digitValue(QChar c, int base)
{
    const char16_t u = c.unicode();
    int v = base;
    if (u >= u'0' && u <= u'9')
        v = u - u'0';
    else if (u >= u'a' && u <= u'f')
        v = u - u'a' + 10;
    else if (u >= u'A' && u <= u'F')
        v = u - u'A' + 10;
    return v < base ? v : -1;
}

// The number written by up to `max` digits of `base` from line[i]; `i` ends on the last digit.
uint digitsAt(const QString &line, qsizetype &i, int base, int max)
{
    uint value = 0;
    for (int used = 0; used < max && i < line.size() && digitValue(line.at(i), base) >= 0; ++used, ++i)
        value = value * uint(base) + uint(digitValue(line.at(i), base));
    --i;
    return value;
}

// Bash's $'...' quoting, which the browsers' "Copy as cURL" writes for a body holding a quote,
// a newline or a control character. `i` starts after the opening quote and ends on the closing
// one. \x and octal escapes are bytes, \u and \U code points, as in bash.
QString ansiCQuoted(const QString &line, qsizetype &i)
{
    static const QString simple = QStringLiteral("abeEfnrtv\\'\"?");
    static const QByteArray simpleBytes("\a\b\x1b\x1b\f\n\r\t\v\\'\"?");
    QByteArray out;
    for (; i < line.size() && line.at(i) != QLatin1Char('\''); ++i) {
        if (line.at(i) != QLatin1Char('\\') || i + 1 == line.size()) {
            out += QString(line.at(i)).toUtf8();
            continue;
        }
        const QChar e = line.at(++i);
        const int hexDigits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : e == QLatin1Char('U') ? 8 : 0;
        if (const qsizetype k = simple.indexOf(e); k >= 0) {
            out += simpleBytes.at(k);
        } else if (digitValue(e, 8) >= 0) {
            out += char(digitsAt(line, i, 8, 3));
        } else if (hexDigits > 0 && i + 1 < line.size() && digitValue(line.at(i + 1), 16) >= 0) {
            ++i;
            const char32_t value = digitsAt(line, i, 16, hexDigits);
            out += hexDigits == 2 ? QByteArray(1, char(value)) : QString::fromUcs4(&value, 1).toUtf8();
        } else {
            out += '\\' + QString(e).toUtf8(); // bash keeps an escape it does not know as written
        }
    }
    return QString::fromUtf8(out);
}

// Splits a POSIX shell command line into words: quotes, escapes and line continuations, and
// bash's $'...'.
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
        } else if (c == QLatin1Char('$') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('\'')) {
            inWord = true;
            i += 2;
            word += ansiCQuoted(line, i);
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

// The body given by the data flag at w[i] ("-d x", "-dx", "--data x", "--data=x"), or nothing.
std::optional<QString> dataAt(const QStringList &w, qsizetype i, QString *flag)
{
    static const QStringList dataFlags = {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
                                          QStringLiteral("--data-binary"), QStringLiteral("--json")};
    for (const QString &f : dataFlags) {
        *flag = f;
        if (w.at(i) == f && i + 1 < w.size())
            return w.at(i + 1);
        if (w.at(i).startsWith(f + QLatin1Char('=')))
            return w.at(i).mid(f.size() + 1);
    }
    *flag = QStringLiteral("-d");
    if (w.at(i).startsWith(*flag) && w.at(i).size() > flag->size())
        return w.at(i).mid(flag->size()); // curl takes a short option's value written against it
    return std::nullopt;
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
        *error = Tr::tr("This is not a curl command.");
        return {};
    }
    for (qsizetype i = 1; i < w.size(); ++i) {
        QString flag;
        const std::optional<QString> body = dataAt(w, i, &flag);
        if (!body)
            continue;
        if (body->isEmpty()) {
            *error = Tr::tr("The curl command's %1 body is empty.").arg(flag);
            return {};
        }
        // curl reads "@name" as a file name, except after --data-raw.
        if (body->startsWith(QLatin1Char('@')) && flag != QLatin1String("--data-raw")) {
            *error = Tr::tr("The curl command reads its body from the file %1; paste the JSON in that file instead.")
                         .arg(body->mid(1));
            return {};
        }
        return *body;
    }
    *error = Tr::tr("The curl command has no --data body to take.");
    return {};
}

} // namespace AssertDesk::Contract::CurlText
