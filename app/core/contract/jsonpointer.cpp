#include "jsonpointer.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace AssertDesk::Contract::JsonPointer {

QString escape(const QString &token)
{
    // Field names and indexes have neither character: no copy (a CSV batch escapes a dozen
    // tokens per row, and the two replaces were 7% of checking it).
    if (!token.contains(QLatin1Char('~')) && !token.contains(QLatin1Char('/')))
        return token;
    QString out = token;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

QString join(const QStringList &tokens)
{
    QString out;
    for (const QString &t : tokens)
        out += QLatin1Char('/') + escape(t);
    return out;
}

QString append(const QString &pointer, const QString &token)
{
    return pointer + QLatin1Char('/') + escape(token);
}

QString append(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QStringList split(const QString &pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    const QStringList raw = pointer.mid(1).split(QLatin1Char('/'));
    for (QString t : raw) {
        t.replace(QLatin1String("~1"), QLatin1String("/"));
        t.replace(QLatin1String("~0"), QLatin1String("~"));
        tokens << t;
    }
    return tokens;
}

QString fromDottedPath(const QString &path)
{
    QStringList tokens;
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QString normalised = path.trimmed();
    normalised.replace(index, QStringLiteral(".\\1"));
    const QStringList parts = normalised.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        tokens << p;
    if (!tokens.isEmpty() && tokens.first() == QLatin1String("body"))
        tokens.removeFirst();
    return join(tokens);
}

namespace {

// An index as a server wrote it; a number no array index can be (huge, negative, a fraction) is
// kept as written rather than cast, which for a double beyond qint64 is undefined.
QString indexToken(double d)
{
    if (d >= 0 && d < 9007199254740992.0 && d == std::floor(d))
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString fromLocation(const QJsonArray &loc)
{
    QStringList tokens;
    for (const QJsonValue &v : loc) {
        if (v.isString())
            tokens << v.toString();
        else if (v.isDouble())
            tokens << indexToken(v.toDouble());
    }
    if (!tokens.isEmpty() && tokens.first() == QLatin1String("body"))
        tokens.removeFirst();
    return join(tokens);
}

} // namespace AssertDesk::Contract::JsonPointer
