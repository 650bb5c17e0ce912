#include "sessionlog.h"

Q_LOGGING_CATEGORY(lcSession, "assertdesk.session", QtInfoMsg)
