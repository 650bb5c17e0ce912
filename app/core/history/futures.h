#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace AssertDesk::History {

// Runs `fn(result)` on `context`'s thread once `future` is ready, unless `context` is gone. A
// watcher is used rather than QFuture::then: in Qt 6.4 a continuation attached while another
// thread finishes the promise can be lost.
//
// A future can end with no result: cancelled, a promise dropped unfinished (a service stopped
// mid-task), or an empty QFuture. Reading result() then is undefined behaviour, so `fn` is not
// called; `noResult` is, when given, so the caller can end what it was waiting for.
template<typename T, typename Fn>
void whenReady(const QFuture<T> &future, QObject *context, Fn fn, std::function<void()> noResult = {})
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::move(fn), noResult = std::move(noResult)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (!done.isCanceled() && done.resultCount() > 0)
                             fn(done.result());
                         else if (noResult)
                             noResult();
                     });
    watcher->setFuture(future);
}

} // namespace AssertDesk::History
