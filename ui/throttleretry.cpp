#include "throttleretry.h"

#include <cmath>

namespace AssertDesk::Ui {

namespace {

QString timeLeft(qint64 seconds)
{
    if (seconds < 60)
        return ThrottleRetry::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ThrottleRetry::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ThrottleRetry::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

ThrottleRetry::ThrottleRetry(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("retryThrottled"));
    setAccessibleName(tr("Send the throttled request again"));
    setAutoDefault(false);
    // Often enough that it turns on within a quarter of a second of the time the server gave.
    m_tick.setInterval(250);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &ThrottleRetry::refresh);
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_offered)
            return;
        withdraw();
        Q_EMIT retryRequested();
    });
    hide();
}

void ThrottleRetry::offer(const QDateTime &retryAt)
{
    m_retryAt = retryAt;
    m_offered = true;
    if (m_retryAt.isValid()) {
        setToolTip(tr("The server asked to wait until %1 before this request is sent again.")
                       .arg(QLocale().toString(m_retryAt.toLocalTime(), QLocale::LongFormat)));
        m_tick.start();
    } else {
        setToolTip(tr("The server did not say when to try again in a form that can be used (its Retry-After was "
                      "missing, unreadable or years away). A retry now may be throttled again."));
    }
    // As wide as its widest text, so that the banner beside it does not reflow when it turns on.
    setMinimumWidth(0);
    int widest = 0;
    for (const QString &text : {tr("Retry at %1 (in %2)").arg(QStringLiteral("00:00:00"), tr("59 min 59 s")),
                                tr("Retry now (allowed since %1)").arg(QStringLiteral("00:00:00"))}) {
        setText(text);
        widest = qMax(widest, sizeHint().width());
    }
    setMinimumWidth(m_retryAt.isValid() ? widest : 0);
    refresh();
    show();
}

void ThrottleRetry::withdraw()
{
    m_offered = false;
    m_tick.stop();
    hide();
}

void ThrottleRetry::refresh()
{
    if (!m_retryAt.isValid()) {
        setText(tr("Retry (the server gave no usable time)"));
        setEnabled(true);
        return;
    }
    const QString at = m_retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const qint64 msLeft = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    if (msLeft > 0) {
        setText(tr("Retry at %1 (in %2)").arg(at, timeLeft(qint64(std::ceil(double(msLeft) / 1000.0)))));
        setEnabled(false);
        return;
    }
    m_tick.stop();
    setText(tr("Retry now (allowed since %1)").arg(at));
    setEnabled(true);
}

} // namespace AssertDesk::Ui
