#pragma once

#include <QtGlobal>

namespace AssertDesk::Batch {

// Checks that a stream of bytes is UTF-8 as it arrives in pieces: a character cut across two
// reads is carried over. Rejects what a decoder would silently replace (overlong forms,
// surrogates, code points past U+10FFFF) and the NUL byte, which no text file holds.
class Utf8Check final
{
public:
    enum class Result { Ok, Invalid, Nul };

    // On a problem, *offset is the index in data of the byte at fault.
    Result feed(const char *data, qsizetype size, qsizetype *offset);
    // After Invalid: the first byte of the character that is not UTF-8 (0xE9 is a Windows-1252
    // "é"), which may have come in an earlier piece.
    uchar badByte() const { return m_lead; }
    // True when no character is left half read (the end of the file must be one).
    bool atBoundary() const { return m_need == 0; }

private:
    int m_need = 0; // continuation bytes still expected
    uchar m_low = 0x80;
    uchar m_high = 0xBF;
    uchar m_lead = 0;
};

} // namespace AssertDesk::Batch
