#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace AssertDesk::Ui {

// One step in the request's undo history: the body text before and after a change, from either
// view. Undo and redo put a whole body back, so both views show it again, whichever made the change.
class BodyEditCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &text)>;

    // The change is already made when the command is pushed, so its first redo does nothing.
    // Edits with the same non-null merge key, one after another, are one step (typing in one field).
    BodyEditCommand(Apply apply, QString before, QString after, const void *mergeKey, const QString &name);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Apply m_apply;
    QString m_before;
    QString m_after;
    const void *m_mergeKey;
    bool m_done = false;
};

} // namespace AssertDesk::Ui
