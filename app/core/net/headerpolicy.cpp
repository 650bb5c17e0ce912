#include "headerpolicy.h"

#include <QCoreApplication>

namespace AssertDesk::Net::HeaderPolicy {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeaderPolicy)
};

// The first control character (C0, DEL), as its position, or -1. A header value may hold a tab.
qsizetype firstControl(QStringView text, bool tabAllowed = false)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && !(tabAllowed && c == u'\t')) || c == 0x7f)
            return i;
    }
    return -1;
}

QString describe(QChar c)
{
    if (c == QLatin1Char('\r'))
        return Tr::tr("a carriage return (\\r)");
    if (c == QLatin1Char('\n'))
        return Tr::tr("a line break (\\n)");
    return Tr::tr("the control character U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
}

bool isToken(const QByteArray &name)
{
    static const QByteArray separators = "()<>@,;:\\\"/[]?={} \t";
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || separators.contains(c))
            return false;
    return true;
}

} // namespace

QString keyControlCharacter(const QString &key)
{
    const qsizetype at = firstControl(key);
    if (at < 0)
        return {};
    return Tr::tr("%1 at character %2").arg(describe(key.at(at))).arg(at + 1);
}

QString checkKey(const QString &key)
{
    const QString found = keyControlCharacter(key);
    if (found.isEmpty())
        return {};
    return Tr::tr("The API key holds %1, so it was not used: a key is one line of text. Set it again without it.")
        .arg(found);
}

QString checkExtraHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isToken(name))
        return Tr::tr("\"%1\" is not a header name (letters, digits and - only, no spaces or control characters).")
            .arg(QString::fromUtf8(name.toPercentEncoding(" -_.!#$&'*+^`|~")));
    static const char *const owned[]
        = {"authorization", "host", "content-length", "cookie", "connection", "transfer-encoding"};
    for (const char *o : owned)
        if (name.compare(o, Qt::CaseInsensitive) == 0)
            return Tr::tr("The %1 header is set by Assert Desk itself and cannot be given as an extra header.")
                .arg(QString::fromLatin1(name));
    const QString text = QString::fromUtf8(value);
    const qsizetype at = firstControl(text, true);
    if (at >= 0)
        return Tr::tr("The value of the %1 header holds %2, which has no place in a header; nothing was sent.")
            .arg(QString::fromLatin1(name), describe(text.at(at)));
    return {};
}

} // namespace AssertDesk::Net::HeaderPolicy
