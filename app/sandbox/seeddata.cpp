#include "seeddata.h"

#include "directory.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace AssertDesk::Sandbox::SeedData {

namespace {

const char *const kFirst[]
    = {"Sarah", "Miguel", "Aisha",  "Tom",   "Yuki",  "Priya",  "Lars", "Fatima", "Chen", "Olivia",
       "Kwame", "Sofia",  "Dmitri", "Grace", "Mateo", "Hannah", "Ravi", "Elena",  "Noah", "Zara"};
const char *const kLast[]
    = {"Chen",   "Garcia", "Khan",   "Mueller", "Tanaka", "Patel",   "Jensen", "Haddad",  "Wang",  "Brown",
       "Mensah", "Rossi",  "Ivanov", "Okafor",  "Lopez",  "Schmidt", "Iyer",   "Popescu", "Smith", "Ahmed"};
const char *const kCompanies[] = {"acme.example",  "globex.example", "initech.example", "umbrella.example",
                                  "hooli.example", "stark.example",  "wayne.example",   "wonka.example"};
const char *const kTitles[] = {"VP of Engineering", "Head of Sales Ops",  "Procurement Lead", "CTO",
                               "Account Manager",   "Marketing Director", "Support Lead",     "Data Analyst"};
const char *const kDepartments[] = {"Engineering", "Sales", "Procurement", "Marketing", "Support", "Finance"};
const char *const kCities[][3]
    = {{"San Francisco", "CA", "94105"}, {"Austin", "TX", "73301"}, {"New York", "NY", "10001"},
       {"Seattle", "WA", "98101"},       {"Boston", "MA", "02108"}, {"Chicago", "IL", "60601"}};

template<typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&list)[N])
{
    return list[rng.bounded(static_cast<quint32>(N))];
}

QString id()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject row(const char *key, const QString &value, bool primary, const char *label)
{
    return QJsonObject {{QStringLiteral("id"), id()},
                        {QString::fromLatin1(key), value},
                        {QStringLiteral("is_primary"), primary},
                        {QStringLiteral("labels"), QJsonArray {QString::fromLatin1(label)}}};
}

} // namespace

QList<QJsonObject> contacts(int count)
{
    QRandomGenerator rng(20261127);
    QList<QJsonObject> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString first = QString::fromLatin1(pick(rng, kFirst));
        const QString last = QString::fromLatin1(pick(rng, kLast));
        const QString company = QString::fromLatin1(pick(rng, kCompanies));
        // The number keeps every address unique however the names repeat.
        const QString local = first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(i + 1);
        QJsonArray emails {row("email", local + QLatin1Char('@') + company, true, "WORK")};
        emails.append(row("email", local + QStringLiteral("@mail.example"), false, "PERSONAL"));
        if (rng.bounded(3) == 0)
            emails.append(
                row("email",
                    first.toLower().left(1) + last.toLower() + QString::number(i) + QStringLiteral("@mobile.example"),
                    false, "MOBILE"));
        const QString phone = QStringLiteral("+1415555%1").arg(1000 + i % 9000, 4, 10, QLatin1Char('0'));
        QJsonArray phones {row("phone_number", phone, true, "WORK")};
        if (rng.bounded(2) == 0)
            phones.append(row("phone_number",
                              QStringLiteral("+1628555%1").arg(1000 + i % 9000, 4, 10, QLatin1Char('0')), false,
                              "MOBILE"));
        const auto &city = kCities[rng.bounded(static_cast<quint32>(std::size(kCities)))];
        const auto &stages = Directory::stages();
        const auto &users = Directory::users();
        const auto &teams = Directory::teams();
        QJsonObject c {
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("title"), QString::fromLatin1(pick(rng, kTitles))},
            {QStringLiteral("department"), QString::fromLatin1(pick(rng, kDepartments))},
            {QStringLiteral("sms_consent"), rng.bounded(2) == 0},
            {QStringLiteral("stage"), stages.at(rng.bounded(int(stages.size()))).apiName},
            {QStringLiteral("owner_user_id"), users.at(1 + rng.bounded(int(users.size()) - 1)).id},
            {QStringLiteral("owner_team_id"), teams.at(rng.bounded(int(teams.size()))).id},
            {QStringLiteral("address"),
             QJsonObject {{QStringLiteral("street_one"), QStringLiteral("%1 Market St").arg(1 + rng.bounded(900))},
                          {QStringLiteral("street_two"), QString()},
                          {QStringLiteral("city"), QString::fromLatin1(city[0])},
                          {QStringLiteral("state"), QString::fromLatin1(city[1])},
                          {QStringLiteral("country"), QStringLiteral("US")},
                          {QStringLiteral("zip_code"), QString::fromLatin1(city[2])}}},
            {QStringLiteral("contact_emails"), emails},
            {QStringLiteral("contact_phone_numbers"), phones},
            {QStringLiteral("linkedin_url"),
             QStringLiteral("https://www.linkedin.com/in/%1-%2-%3").arg(first.toLower(), last.toLower()).arg(i)},
        };
        out << c;
    }
    return out;
}

} // namespace AssertDesk::Sandbox::SeedData
