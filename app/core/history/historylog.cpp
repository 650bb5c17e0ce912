#include "historylog.h"

Q_LOGGING_CATEGORY(lcStore, "assertdesk.store", QtInfoMsg)
