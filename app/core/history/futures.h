#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace AssertDesk::History {

// Runs `fn(result)` on `context`'s thread once `future` is ready, unless `context` is gone. A
// watcher is used rather than QFuture::then: in Qt 6.4 a continuation attached while another
// thread finishes the promise can be lost.
template<typename T, typename Fn> void whenReady(const QFuture<T> &future, QObject *context, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)]() mutable {
        watcher->deleteLater();
        fn(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace AssertDesk::History
