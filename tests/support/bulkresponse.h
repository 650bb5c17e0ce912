#pragma once

#include <QByteArray>

namespace AssertDesk::Test {

// An assert answer made large the way real ones get large: a long contact_emails list
// ("person<i>@bulk-example.example", labels WORK and PERSONAL, the first primary), updated and
// matched on person0. Either a number of rows, or as many as it takes to reach a size.
QByteArray bulkEmailsResponse(int rows);
QByteArray bulkEmailsResponseOfSize(qsizetype minimumBytes);

} // namespace AssertDesk::Test
