#pragma once

#include "profile.h"

#include <QLabel>

namespace AssertDesk::Ui {

// Red across the top of the window while the profile is a production one: sends change real
// contacts. Hidden for any other profile.
class ProductionBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)

public:
    explicit ProductionBanner(QWidget *parent = nullptr);

    void showProfile(const Profiles::Profile &profile);
};

} // namespace AssertDesk::Ui
