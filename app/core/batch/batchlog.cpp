#include "batchlog.h"

Q_LOGGING_CATEGORY(lcBatch, "assertdesk.batch", QtInfoMsg)
