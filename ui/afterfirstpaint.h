#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QTimer;
class QWidget;

namespace AssertDesk::Ui {

// Work that can wait until the window is on screen (starting the sandbox, building what is
// below the fold, decoding icons): run once the window's first paint is over and the event loop
// has nothing else to do, so it never delays the first paint.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    // Watches `window` for its first paint; a child of it.
    explicit AfterFirstPaint(QWidget *window);

    // Before the first paint: queued. After it: run at the next idle moment.
    void add(std::function<void()> task);

Q_SIGNALS:
    // After the first paint of the window: start-up is measured up to here.
    void firstPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();

    QTimer *m_idle;
    std::vector<std::function<void()>> m_tasks;
    bool m_seen = false;    // the first paint happened
    bool m_painted = false; // and whatever reacts to it has run
};

} // namespace AssertDesk::Ui
