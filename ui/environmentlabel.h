#pragma once

#include "profile.h"
#include "sandboxendpoint.h"

#include <QFuture>
#include <QLabel>

#include <functional>

namespace AssertDesk::Ui {

class AfterFirstPaint;

// The status bar's note of the server the window works against: an account's name and URL, or
// the built-in sandbox's address once it runs (it is started after the first paint, never before).
class EnvironmentLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentLabel)

public:
    using SandboxStarter = std::function<QFuture<Session::SandboxEndpoint>()>;

    EnvironmentLabel(SandboxStarter sandbox, AfterFirstPaint *afterPaint, QWidget *parent = nullptr);

    void showProfile(const Profiles::Profile &profile);
    void showEnvironment(const QString &name, const QUrl &baseUrl);
    void sandboxStopped(const QString &why);

private:
    void startSandbox();

    SandboxStarter m_sandbox;
    AfterFirstPaint *m_afterPaint;
    bool m_showsSandbox = false;
};

} // namespace AssertDesk::Ui
