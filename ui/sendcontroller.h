#pragma once

#include "appservices.h"
#include "assertsend.h"
#include "profile.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace AssertDesk::Ui {

// One send at a time from the window: finds the profile's key, asks before production, runs the
// send with its history row, and reports progress (elapsed time, a throttling countdown).
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    // Asked before sending to a production profile (a seam: tests give the answer).
    using Confirm = std::function<bool(const QString &question)>;

    explicit SendController(const AppServices &services, QObject *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void send(const Profiles::Profile &profile, const QByteArray &body);
    // Finds where and with which key a profile's requests go; `done(url, key, error)`.
    void resolve(const Profiles::Profile &profile,
                 std::function<void(const QUrl &, const QString &, const QString &)> done);
    void cancel();
    bool isSending() const { return m_send != nullptr; }

Q_SIGNALS:
    void started();
    void progress(const QString &text);
    void finished(const AssertDesk::Contract::SendResult &result, const QJsonObject &sentBody, qint64 historyId);

private:
    void finishWith(const Contract::SendResult &result, const QJsonObject &body, qint64 historyId);
    void start(const Profiles::Profile &profile, const QUrl &baseUrl, const QString &key, const QByteArray &body);

    AppServices m_services;
    Confirm m_confirm;
    QPointer<Session::AssertSend> m_send;
    QElapsedTimer m_clock;
    QTimer m_tick;
    int m_retryIn = 0;
};

} // namespace AssertDesk::Ui
