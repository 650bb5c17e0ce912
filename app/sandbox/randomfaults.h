#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace AssertDesk::Sandbox {

// Faults met at random by assert requests (--fault-rate), so a batch meets them without asking
// for them: each assert request draws once from a generator seeded by --fault-seed, in the order
// the requests arrive, so the same options and the same requests give the same faults.
class RandomFaults final
{
public:
    enum class Kind {
        None,
        Throttle,  // 429 with Retry-After 1; nothing written
        Error500,  // nothing written
        Error502,  // nothing written
        Error503,  // nothing written
        Drop,      // the connection closes unanswered; nothing written
        DropAfter, // the assert is carried out, then the connection closes unanswered
    };
    struct Rate
    {
        Kind kind = Kind::None;
        double probability = 0;
    };

    // "500=0.01,drop=0.01,429=0.02": false, with a message naming the bad part, when it is not.
    static std::optional<QList<Rate>> parse(const QString &text, QString *error);
    static QString name(Kind kind);

    RandomFaults() = default;
    RandomFaults(QList<Rate> rates, quint32 seed);

    bool isEmpty() const { return m_rates.isEmpty(); }
    Kind draw();

private:
    QList<Rate> m_rates;
    QRandomGenerator m_generator;
};

} // namespace AssertDesk::Sandbox
