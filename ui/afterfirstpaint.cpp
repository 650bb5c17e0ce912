#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace AssertDesk::Ui {

AfterFirstPaint::AfterFirstPaint(QWidget *window)
    : QObject(window)
    , m_idle(new QTimer(this))
{
    window->installEventFilter(this);
    // A zero timer fires once the event loop has nothing else to do.
    m_idle->setSingleShot(true);
    m_idle->setInterval(0);
    connect(m_idle, &QTimer::timeout, this, [this] {
        std::vector<std::function<void()>> tasks;
        tasks.swap(m_tasks);
        for (auto &task : tasks)
            task();
    });
}

void AfterFirstPaint::add(std::function<void()> task)
{
    m_tasks.push_back(std::move(task));
    if (m_painted)
        m_idle->start();
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
        m_seen = true;
        // Queued, so the paint that triggered it has finished before anyone reacts; deferred work
        // waits until whatever reacts to the first paint has run.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPaint();
            QMetaObject::invokeMethod(this, &AfterFirstPaint::painted, Qt::QueuedConnection);
        });
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::painted()
{
    m_painted = true;
    if (!m_tasks.empty())
        m_idle->start();
}

} // namespace AssertDesk::Ui
