#include "historywatch.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace AssertDesk::Test {

bool waitForInFlightRow(const QString &path, int timeoutMs)
{
    bool inFlight = false;
    QDeadlineTimer deadline(timeoutMs);
    while (!inFlight && !deadline.hasExpired()) {
        QTest::qWait(20);
        if (!QFile::exists(path))
            continue;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            inFlight = q.exec(QStringLiteral("SELECT count(*) FROM asserts WHERE state = 'in_flight'")) && q.next()
                && q.value(0).toInt() == 1;
            q.finish();
            db.close();
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    }
    return inFlight;
}

} // namespace AssertDesk::Test
