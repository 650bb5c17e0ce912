#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace AssertDesk::Sandbox {

// The body of the `oversize` fault: a valid assert answer padded with contact_emails rows to at
// least the size asked for, made a piece at a time as the connection can take it, so a 1 GB
// answer costs the sandbox a few hundred KB rather than the whole body (and its copies). Every
// row has the same length, so the exact size, sent as Content-Length, is known before the first
// byte is made.
class OversizeBody final
{
public:
    explicit OversizeBody(qint64 atLeastBytes);

    qint64 size() const { return m_size; }
    bool atEnd() const { return m_produced == m_size && m_pending.isEmpty(); }
    // The next at most maxBytes bytes.
    QByteArray read(qint64 maxBytes);

private:
    static QByteArray row(qint64 index);

    qint64 m_rows = 0;
    qint64 m_nextRow = 0;
    qint64 m_size = 0;
    qint64 m_produced = 0; // bytes made so far (sent, or waiting in m_pending)
    QByteArray m_pending;
};

} // namespace AssertDesk::Sandbox
