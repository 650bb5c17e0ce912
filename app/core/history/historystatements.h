#pragma once

#include "historystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace AssertDesk::History {

// The statements every send runs, prepared once per connection: preparing cost more than
// running them (SQLite parses the SQL, Qt rewrites the placeholders). Only the history's own
// files use it.
struct HistoryStore::Statements
{
    explicit Statements(const QSqlDatabase &db);

    QSqlQuery insertIntent;
    QSqlQuery updateCompletion;
    QSqlQuery deleteSearch;
    QSqlQuery insertSearch;
    bool ok = false; // every one prepared; when not, lastError says why
    QString lastError;
};

} // namespace AssertDesk::History
