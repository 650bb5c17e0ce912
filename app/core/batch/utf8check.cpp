#include "utf8check.h"

#include <cstring>

namespace AssertDesk::Batch {

namespace {

// Eight bytes at once while they are plain ASCII without a NUL: most of a contact list is.
bool plainAscii(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const bool hasZero = ((v - ones) & ~v & highs) != 0;
    return (v & highs) == 0 && !hasZero;
}

} // namespace

Utf8Check::Result Utf8Check::feed(const char *data, qsizetype size, qsizetype *offset)
{
    qsizetype i = 0;
    while (i < size) {
        if (m_need == 0 && i + 8 <= size && plainAscii(data + i)) {
            i += 8;
            continue;
        }
        const auto c = static_cast<uchar>(data[i]);
        if (m_need > 0) {
            if (c < m_low || c > m_high) {
                *offset = i;
                m_need = 0;
                return Result::Invalid;
            }
            m_low = 0x80;
            m_high = 0xBF;
            --m_need;
        } else if (c == 0) {
            *offset = i;
            return Result::Nul;
        } else if (c >= 0x80) {
            m_lead = c;
            if (c >= 0xC2 && c < 0xE0) {
                m_need = 1;
            } else if (c >= 0xE0 && c < 0xF0) {
                m_need = 2;
                if (c == 0xE0)
                    m_low = 0xA0; // overlong below U+0800
                if (c == 0xED)
                    m_high = 0x9F; // UTF-16 surrogates
            } else if (c >= 0xF0 && c < 0xF5) {
                m_need = 3;
                if (c == 0xF0)
                    m_low = 0x90; // overlong below U+10000
                if (c == 0xF4)
                    m_high = 0x8F; // past U+10FFFF
            } else {
                *offset = i;
                return Result::Invalid;
            }
        }
        ++i;
    }
    return Result::Ok;
}

} // namespace AssertDesk::Batch
