#include "randomfaults.h"

#include <QPair>

#include <algorithm>

namespace AssertDesk::Sandbox {

namespace {

const QList<QPair<QString, RandomFaults::Kind>> &kinds()
{
    static const QList<QPair<QString, RandomFaults::Kind>> list {
        {QStringLiteral("429"), RandomFaults::Kind::Throttle},
        {QStringLiteral("500"), RandomFaults::Kind::Error500},
        {QStringLiteral("502"), RandomFaults::Kind::Error502},
        {QStringLiteral("503"), RandomFaults::Kind::Error503},
        {QStringLiteral("drop"), RandomFaults::Kind::Drop},
        {QStringLiteral("drop-after"), RandomFaults::Kind::DropAfter},
    };
    return list;
}

} // namespace

QString RandomFaults::name(Kind kind)
{
    for (const auto &k : kinds())
        if (k.second == kind)
            return k.first;
    return QStringLiteral("none");
}

std::optional<QList<RandomFaults::Rate>> RandomFaults::parse(const QString &text, QString *error)
{
    QList<Rate> rates;
    double total = 0;
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0) {
            *error = QStringLiteral("--fault-rate: \"%1\" needs a rate, as in 500=0.01").arg(item);
            return std::nullopt;
        }
        const QString kindName = item.left(eq).trimmed().toLower();
        const auto known
            = std::find_if(kinds().cbegin(), kinds().cend(), [&](const auto &k) { return k.first == kindName; });
        if (known == kinds().cend()) {
            *error = QStringLiteral(
                         "--fault-rate: \"%1\": unknown fault \"%2\"; use 429, 500, 502, 503, drop or drop-after")
                         .arg(item, kindName);
            return std::nullopt;
        }
        bool ok = false;
        const double p = item.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !(p >= 0 && p <= 1)) {
            *error = QStringLiteral("--fault-rate: \"%1\": the rate must be a number from 0 to 1").arg(item);
            return std::nullopt;
        }
        if (std::any_of(rates.cbegin(), rates.cend(), [&](const Rate &r) { return r.kind == known->second; })) {
            *error = QStringLiteral("--fault-rate: \"%1\" is given twice").arg(kindName);
            return std::nullopt;
        }
        rates.append({known->second, p});
        total += p;
    }
    if (total > 1 + 1e-9) {
        *error = QStringLiteral("--fault-rate: the rates add up to %1, more than 1").arg(total);
        return std::nullopt;
    }
    return rates;
}

RandomFaults::RandomFaults(QList<Rate> rates, quint32 seed)
    : m_rates(std::move(rates))
    , m_generator(seed)
{
}

RandomFaults::Kind RandomFaults::draw()
{
    if (m_rates.isEmpty())
        return Kind::None;
    // One draw per request whatever the outcome, so the sequence depends on the requests alone.
    double u = m_generator.generateDouble();
    for (const Rate &r : std::as_const(m_rates)) {
        if (u < r.probability)
            return r.kind;
        u -= r.probability;
    }
    return Kind::None;
}

} // namespace AssertDesk::Sandbox
