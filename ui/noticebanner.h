#pragma once

#include <QLabel>

namespace AssertDesk::Ui {

// A note above the panes that stays until dismissed: for what must not scroll away in the status
// bar (contacts gone, a draft that could not be read, a reset done).
class NoticeBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // Shows `text` (plain text) with a Dismiss link that hides the banner.
    void showNotice(const QString &text);
};

} // namespace AssertDesk::Ui
