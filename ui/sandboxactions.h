#pragma once

#include <QObject>

class QWidget;

namespace AssertDesk::Session {
class SandboxLauncher;
}

namespace AssertDesk::Ui {

class NoticeBanner;

// The window's side of the built-in sandbox's contacts: Sandbox › Reset (asked first, then said
// in the notice banner) and contacts found gone or unreadable (said until dismissed).
class SandboxActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxActions)

public:
    // launcher null: no sandbox to reset, and nothing is said. The window asks the questions.
    SandboxActions(Session::SandboxLauncher *launcher, NoticeBanner *notice, QWidget *window);

    // Asks, then gives the built-in sandbox new seed contacts and says so.
    void reset();

Q_SIGNALS:
    // For the status bar; an empty text clears it.
    void message(const QString &text, int timeoutMs);
    // The sandbox runs again with new contacts (its address may have changed).
    void restarted();

private:
    void dataProblem(const QString &message);

    Session::SandboxLauncher *m_launcher;
    NoticeBanner *m_notice;
    QWidget *m_window;
};

} // namespace AssertDesk::Ui
