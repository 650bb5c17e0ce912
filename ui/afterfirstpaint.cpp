#include "afterfirstpaint.h"

#include <QTimer>

namespace AssertDesk::Ui {

AfterFirstPaint::AfterFirstPaint(QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
{
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

void AfterFirstPaint::painted()
{
    m_painted = true;
    if (!m_tasks.empty())
        m_idle->start();
}

} // namespace AssertDesk::Ui
