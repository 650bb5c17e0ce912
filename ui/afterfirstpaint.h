#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QTimer;

namespace AssertDesk::Ui {

// Work that can wait until the window is on screen (starting the sandbox, building what is
// below the fold, decoding icons): run once the first paint is over and the event loop has
// nothing else to do, so it never delays the first paint.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    explicit AfterFirstPaint(QObject *parent = nullptr);

    // Before the first paint: queued. After it: run at the next idle moment.
    void add(std::function<void()> task);
    // The first paint is over and whatever reacts to it has run.
    void painted();

private:
    QTimer *m_idle;
    std::vector<std::function<void()>> m_tasks;
    bool m_painted = false;
};

} // namespace AssertDesk::Ui
