#pragma once

#include <QByteArray>
#include <QIODevice>

namespace AssertDesk::Net {

// A request body Qt's HTTP stack can read once and never rewind. Qt 6.4 resends a POST on its
// own when the server closes, resets or answers garbage after reading it; it can only do that
// by rewinding the body. With this device (sequential, reset() refused) and upload buffering
// off, it finishes with ContentReSendError instead, so a write reaches the server at most once.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace AssertDesk::Net
