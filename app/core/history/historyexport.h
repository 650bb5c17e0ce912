#pragma once

#include "historystore.h"

#include <QIODevice>
#include <QList>

namespace AssertDesk::History {

// Writes history records as JSON Lines (one object per attempt, bodies as JSON when they are
// JSON) or CSV (RFC 4180). The history holds no key, so neither can an export.
namespace HistoryExport {

enum class Format { JsonLines, Csv };

// Returns the number of records written, or -1 with a message. Entries that cannot be read (a
// damaged history) are left out and counted in `unreadable`, never skipped in silence.
qsizetype write(const HistoryStore &store, const QList<qint64> &ids, Format format, QIODevice *out, QString *error,
                Unreadable *unreadable = nullptr);
QJsonObject toJson(const HistoryRecord &record);
// One CSV cell as the export writes it: quoted when it must be (RFC 4180), and a cell that a
// spreadsheet would run as a formula (=, +, -, @ first) made text with a leading apostrophe.
QByteArray csvCell(const QString &text);

} // namespace HistoryExport
} // namespace AssertDesk::History
