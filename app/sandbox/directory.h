#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AssertDesk::Sandbox {

// The fixed workspace the sandbox pretends to be: its organisation, stages, users and teams.
namespace Directory {

struct Stage
{
    QString id;
    QString apiName;
    QString displayValue;
    QString color;
};

struct Member
{
    QString id;
    QString email; // empty for teams
    QString name;
};

QString organizationId();
// The user every write through the API is attributed to.
QString apiUserId();
const QList<Stage> &stages();
const Stage *stage(const QString &apiName);
const QList<Member> &users();
const QList<Member> &teams();
const Member *userByEmail(const QString &email);
bool isUser(const QString &id);
bool isTeam(const QString &id);

} // namespace Directory
} // namespace AssertDesk::Sandbox
