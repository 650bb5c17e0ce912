#include "secretslog.h"

Q_LOGGING_CATEGORY(lcSecrets, "assertdesk.secrets", QtInfoMsg)
