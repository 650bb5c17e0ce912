#include "bodyeditcommand.h"

namespace AssertDesk::Ui {

namespace {

constexpr int mergeableId = 0x4a53; // any id: only body edits live on this stack

} // namespace

BodyEditCommand::BodyEditCommand(Apply apply, QString before, QString after, const void *mergeKey, const QString &name)
    : QUndoCommand(name)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void BodyEditCommand::undo()
{
    m_apply(m_before);
}

void BodyEditCommand::redo()
{
    if (m_done)
        m_apply(m_after);
    m_done = true;
}

int BodyEditCommand::id() const
{
    return m_mergeKey ? mergeableId : -1;
}

bool BodyEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BodyEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing that ends where it began is no step at all.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace AssertDesk::Ui
