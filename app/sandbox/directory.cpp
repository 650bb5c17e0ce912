#include "directory.h"

namespace AssertDesk::Sandbox::Directory {

QString organizationId()
{
    return QStringLiteral("0f6c1a52-3b7e-4d21-9a11-5e0d8c2b7a10");
}

QString apiUserId()
{
    return QStringLiteral("a11ce000-0000-4000-8000-000000000001");
}

const QList<Stage> &stages()
{
    static const QList<Stage> list = {
        {QStringLiteral("5a1e0000-0000-4000-8000-000000000001"), QStringLiteral("new"), QStringLiteral("New"),
         QStringLiteral("#9CA3AF")},
        {QStringLiteral("5a1e0000-0000-4000-8000-000000000002"), QStringLiteral("working"), QStringLiteral("Working"),
         QStringLiteral("#6966FF")},
        {QStringLiteral("5a1e0000-0000-4000-8000-000000000003"), QStringLiteral("qualified"),
         QStringLiteral("Qualified"), QStringLiteral("#10B981")},
        {QStringLiteral("5a1e0000-0000-4000-8000-000000000004"), QStringLiteral("unqualified"),
         QStringLiteral("Unqualified"), QStringLiteral("#EF4444")},
        {QStringLiteral("5a1e0000-0000-4000-8000-000000000005"), QStringLiteral("customer"), QStringLiteral("Customer"),
         QStringLiteral("#F59E0B")},
    };
    return list;
}

const Stage *stage(const QString &apiName)
{
    for (const Stage &s : stages())
        if (s.apiName == apiName)
            return &s;
    return nullptr;
}

const QList<Member> &users()
{
    static const QList<Member> list = {
        {apiUserId(), QStringLiteral("api@sandbox.example"), QStringLiteral("API user")},
        {QStringLiteral("a11ce000-0000-4000-8000-000000000002"), QStringLiteral("ava.owner@sandbox.example"),
         QStringLiteral("Ava Owner")},
        {QStringLiteral("a11ce000-0000-4000-8000-000000000003"), QStringLiteral("ben.seller@sandbox.example"),
         QStringLiteral("Ben Seller")},
        {QStringLiteral("a11ce000-0000-4000-8000-000000000004"), QStringLiteral("chloe.lead@sandbox.example"),
         QStringLiteral("Chloe Lead")},
    };
    return list;
}

const QList<Member> &teams()
{
    static const QList<Member> list = {
        {QStringLiteral("7ea70000-0000-4000-8000-000000000001"), QString(), QStringLiteral("Inside sales")},
        {QStringLiteral("7ea70000-0000-4000-8000-000000000002"), QString(), QStringLiteral("Enterprise")},
    };
    return list;
}

const Member *userByEmail(const QString &email)
{
    for (const Member &m : users())
        if (m.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

bool isUser(const QString &id)
{
    for (const Member &m : users())
        if (m.id.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isTeam(const QString &id)
{
    for (const Member &m : teams())
        if (m.id.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace AssertDesk::Sandbox::Directory
