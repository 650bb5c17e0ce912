#include "jsonscan.h"

#include "jsonpointer.h"

#include <QSet>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace AssertDesk::Contract {

namespace {

constexpr qsizetype kMaxDepth = 1024;

struct Frame
{
    bool isObject = false;
    QString pointer;
    QSet<QString> keys;
    QString pendingKey;
    qsizetype index = 0;
    bool expectKey = true;
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {
    }

    JsonScanResult run();

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    // Reads the token at m_pos; false when the text is not JSON (or nested too deep): the scan stops.
    bool step(char c);
    bool readKey();
    bool openContainer(bool isObject);
    bool closeContainer();
    void readNumber();
    bool readString(QString *out);
    QString valuePointer() const;
    void afterValue();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
    JsonScanResult m_result;
};

bool Scanner::readString(QString *out)
{
    // m_pos is on the opening quote.
    ++m_pos;
    QByteArray raw;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (c == '"') {
            if (out)
                *out = QString::fromUtf8(raw);
            return true;
        }
        if (c != '\\') {
            raw.append(c);
            continue;
        }
        if (m_pos >= m_text.size())
            return false;
        const char e = m_text.at(m_pos++);
        switch (e) {
        case 'n': raw.append('\n'); break;
        case 't': raw.append('\t'); break;
        case 'r': raw.append('\r'); break;
        case 'b': raw.append('\b'); break;
        case 'f': raw.append('\f'); break;
        case 'u': {
            if (m_pos + 4 > m_text.size())
                return false;
            bool ok = false;
            const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
            if (!ok)
                return false;
            m_pos += 4;
            raw.append(QString(QChar(static_cast<char16_t>(code))).toUtf8());
            break;
        }
        default: raw.append(e); break;
        }
    }
    return false;
}

QString Scanner::valuePointer() const
{
    if (m_stack.isEmpty())
        return QString();
    const Frame &top = m_stack.constLast();
    return top.isObject ? JsonPointer::append(top.pointer, top.pendingKey)
                        : JsonPointer::append(top.pointer, top.index);
}

void Scanner::afterValue()
{
    if (m_stack.isEmpty())
        return;
    Frame &top = m_stack.last();
    if (top.isObject)
        top.expectKey = true;
    else
        ++top.index;
}

JsonScanResult Scanner::run()
{
    while (true) {
        skipSpace();
        if (m_pos >= m_text.size())
            break;
        if (!step(m_text.at(m_pos))) {
            m_result.complete = false;
            break;
        }
    }
    return m_result;
}

bool Scanner::step(char c)
{
    if (c == ',') {
        ++m_pos;
        return true;
    }
    if (!m_stack.isEmpty() && m_stack.constLast().isObject && m_stack.constLast().expectKey && c == '"')
        return readKey();
    if (c == '{' || c == '[')
        return openContainer(c == '{');
    if (c == '}' || c == ']')
        return closeContainer();
    if (c == '"') {
        if (!readString(nullptr))
            return false;
        afterValue();
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        readNumber();
        return true;
    }
    if (c == 't' || c == 'f' || c == 'n') {
        while (m_pos < m_text.size() && m_text.at(m_pos) >= 'a' && m_text.at(m_pos) <= 'z')
            ++m_pos;
        afterValue();
        return true;
    }
    return false;
}

bool Scanner::readKey()
{
    QString key;
    if (!readString(&key))
        return false;
    skipSpace();
    if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
        return false;
    ++m_pos;
    Frame &top = m_stack.last();
    if (top.keys.contains(key))
        m_result.duplicateKeys.append({top.pointer, key});
    top.keys.insert(key);
    top.pendingKey = key;
    top.expectKey = false;
    return true;
}

bool Scanner::openContainer(bool isObject)
{
    // QJsonDocument refuses deeper documents too; stopping here keeps the scan linear.
    if (m_stack.size() >= kMaxDepth)
        return false;
    Frame f;
    f.isObject = isObject;
    f.pointer = valuePointer();
    ++m_pos;
    m_stack.append(f);
    return true;
}

bool Scanner::closeContainer()
{
    ++m_pos;
    if (m_stack.isEmpty())
        return false;
    m_stack.removeLast();
    afterValue();
    return true;
}

void Scanner::readNumber()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const char d = m_text.at(m_pos);
        if (!(d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E' || (d >= '0' && d <= '9')))
            break;
        ++m_pos;
    }
    const QByteArrayView literal(m_text.constData() + start, m_pos - start);
    if (JsonScan::isInexactNumber(literal))
        m_result.inexactNumbers.insert(valuePointer(), literal.toByteArray());
    afterValue();
}

} // namespace

JsonScanResult JsonScan::scan(const QByteArray &json)
{
    Scanner scanner(json);
    return scanner.run();
}

bool JsonScan::isInexactNumber(QByteArrayView literal)
{
    // Count significant digits of the mantissa; up to 15 always survive a double.
    int digits = 0;
    bool leading = true;
    for (char c : literal) {
        if (c == 'e' || c == 'E')
            break;
        if (c < '0' || c > '9')
            continue;
        if (leading && c == '0')
            continue;
        leading = false;
        ++digits;
    }
    if (digits <= 15)
        return false;
    // 16-17 digits may still be exact (e.g. 2^53); check by printing the double back.
    const std::string s(literal.data(), static_cast<size_t>(literal.size()));
    const double d = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(d))
        return true;
    const bool isInteger = s.find_first_of(".eE") == std::string::npos;
    if (isInteger) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.0f", d);
        return std::string(buf) != s;
    }
    return true;
}

} // namespace AssertDesk::Contract
