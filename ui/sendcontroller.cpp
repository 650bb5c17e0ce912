#include "sendcontroller.h"
#include "futures.h"

#include "keyvault.h"
#include "profilestore.h"

#include <QJsonDocument>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::Secrets;
using namespace AssertDesk::Profiles;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

SendController::SendController(const AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_confirm([](const QString &) { return false; })
{
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_retryIn > 0)
            return;
        Q_EMIT progress(tr("Sending… %1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    });
}

void SendController::finishWith(const SendResult &result, const QJsonObject &body, qint64 historyId)
{
    m_tick.stop();
    m_retryIn = 0;
    Q_EMIT finished(result, body, historyId);
}

void SendController::send(const Profile &profile, const QByteArray &body)
{
    if (m_send)
        return;
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    const auto notSent = [&](const QString &why) {
        SendResult r;
        r.outcome = Outcome::NotSent;
        r.summary = why;
        finishWith(r, sent, -1);
    };
    if (profile.production
        && !m_confirm(tr("Send this assert to the production profile \"%1\" (%2)? It changes real contacts.")
                          .arg(profile.name, profile.baseUrl.host()))) {
        notSent(tr("You chose not to send to production."));
        return;
    }
    resolve(profile, [this, profile, body, sent](const QUrl &url, const QString &key, const QString &error) {
        if (!error.isEmpty()) {
            SendResult failed;
            failed.outcome = Outcome::NotSent;
            failed.summary = error;
            finishWith(failed, sent, -1);
            return;
        }
        start(profile, url, key, body);
    });
}

void SendController::resolve(const Profile &profile,
                             std::function<void(const QUrl &, const QString &, const QString &)> done)
{
    if (profile.isSandbox()) {
        if (!m_services.sandbox) {
            done({}, {}, tr("This build has no built-in sandbox."));
            return;
        }
        whenReady(m_services.sandbox(), this, [done](const SandboxEndpoint &sandbox) {
            if (sandbox.ok())
                done(sandbox.baseUrl, sandbox.key, {});
            else
                done({}, {}, tr("The built-in sandbox could not start: %1").arg(sandbox.error));
        });
        return;
    }
    if (!m_services.keys) {
        done({}, {}, tr("There is no API key for this profile."));
        return;
    }
    m_services.keys->read(profile.name, [profile, done, alive = QPointer<SendController>(this)](const SecretResult &r) {
        if (!alive)
            return;
        if (!r.ok())
            done({}, {}, r.message + QLatin1Char(' ') + tr("Set the key with Profile › API key…."));
        else
            done(profile.baseUrl, r.key, {});
    });
}

void SendController::start(const Profile &profile, const QUrl &baseUrl, const QString &key, const QByteArray &body)
{
    ApiCall::Options options;
    options.baseUrl = baseUrl;
    options.key = key;
    options.timeoutSeconds = profile.timeoutSeconds;
    m_send = new AssertSend(m_services.client, m_services.history, profile.name, options, body, this);
    connect(m_send, &AssertSend::waitingToRetry, this, [this](int seconds, int attempt) {
        m_retryIn = seconds;
        Q_EMIT progress(tr("Throttled by the server (HTTP 429): try %1 in %2 s").arg(attempt).arg(seconds));
        if (seconds <= 1)
            m_retryIn = 0;
    });
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    connect(m_send, &AssertSend::finished, this, [this, sent](const SendResult &result) {
        const qint64 id = m_send->historyId();
        m_send->deleteLater();
        m_send = nullptr;
        finishWith(result, sent, id);
    });
    m_clock.start();
    m_tick.start();
    Q_EMIT started();
    m_send->start();
}

void SendController::cancel()
{
    if (m_send)
        m_send->cancel();
}

} // namespace AssertDesk::Ui
