// The field diff of a whole contact: a request writing every attribute of a record the sandbox
// renders (47 attributes, envelopes, lists of emails and phones), each to another value, compared
// with that record. Prints the attribute count, the median and the 99th percentile of the runs in
// microseconds (the target is under a millisecond), and the fields in the diff. The slowest run
// is left out: on a busy machine it measures the scheduler.
#include "contactdiff.h"
#include "contactrecord.h"
#include "seeddata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace AssertDesk;

namespace {

// Every attribute of the record, written raw and changed: text gets a suffix, lists lose a row.
QJsonObject changedRequest(const QJsonObject &record)
{
    QJsonObject out;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue v = it.value().isArray() ? it.value() : it.value().toObject().value(QStringLiteral("value"));
        if (v.isString())
            out.insert(it.key(), QString(v.toString() + QStringLiteral(" (changed)")));
        else if (it.value().isArray()) {
            QJsonArray rows;
            for (const QJsonValue &row : it.value().toArray())
                rows.append(row.toObject().value(QStringLiteral("value")));
            if (!rows.isEmpty())
                rows.removeLast();
            out.insert(it.key(), rows);
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QJsonObject plain = Sandbox::SeedData::contacts(3).at(2);
    plain.insert(QStringLiteral("id"), QStringLiteral("c-1"));
    const QJsonObject record = Sandbox::ContactRecord::render(plain).value(QStringLiteral("attributes")).toObject();
    const QJsonObject request = changedRequest(record);
    std::vector<qint64> ns;
    ns.reserve(size_t(runs));
    qsizetype rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<Contract::FieldChange> changes = Contract::ContactDiff::compare(request, record);
        ns.push_back(t.nsecsElapsed());
        rows += changes.size();
    }
    std::sort(ns.begin(), ns.end());
    std::printf("%lld\t%.1f\t%.1f\t%lld\n", static_cast<long long>(record.size()), double(ns[ns.size() / 2]) / 1000.0,
                double(ns[ns.size() * 99 / 100]) / 1000.0, static_cast<long long>(rows / runs));
    return 0;
}
