#include "netlog.h"

Q_LOGGING_CATEGORY(lcNet, "assertdesk.net", QtInfoMsg)
