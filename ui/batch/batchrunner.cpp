#include "batchrunner.h"

namespace AssertDesk::Ui {

BatchRunner::~BatchRunner() = default;

} // namespace AssertDesk::Ui
