#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "assertdesk.sandbox", QtInfoMsg)
