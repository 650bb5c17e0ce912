#pragma once

class QHBoxLayout;
class QWidget;

namespace AssertDesk::Ui {

// A row layout without margins: an editor sits in a form row that already has its own.
QHBoxLayout *bareLayout(QWidget *editor);

} // namespace AssertDesk::Ui
