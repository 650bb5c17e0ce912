#pragma once

#include <QMetaObject>
#include <QObject>

namespace AssertDesk::Session {

// Runs `fn` from the event loop of `context`'s thread, unless `context` is gone by then. The
// session's services answer this way even when the answer is known at once (a key held in
// memory), so a caller never finds its callback running inside its own call.
template<typename Fn> void later(QObject *context, Fn fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

} // namespace AssertDesk::Session
