#pragma once

#include <QLoggingCategory>

// The one logging category of this area ("assertdesk.batch"), declared here and defined once.
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
