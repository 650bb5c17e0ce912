#pragma once

#include <QWidget>

namespace AssertDesk::Ui {

// An area whose content has not been built yet says what it will hold, and does nothing else.
class PlaceholderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPanel)

public:
    PlaceholderPanel(const QString &objectName, const QString &message, QWidget *parent = nullptr);
};

} // namespace AssertDesk::Ui
