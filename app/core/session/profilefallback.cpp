#include "profilefallback.h"

namespace AssertDesk::Session {

using Profiles::Profile;

QString ProfileFallback::choose(const Profiles::ProfileStore &store, const QString &wanted)
{
    const QList<Profile> profiles = store.profiles();
    const auto named = [&](const Profile &p) { return p.name == wanted; };
    if (std::any_of(profiles.cbegin(), profiles.cend(), named))
        return wanted;
    if (store.hasUserProfile()) {
        const auto account
            = std::find_if(profiles.cbegin(), profiles.cend(), [](const Profile &p) { return !p.builtIn; });
        if (account != profiles.cend())
            return account->name;
    }
    return profiles.isEmpty() ? QString() : profiles.first().name;
}

bool ProfileFallback::startOnSandbox(const Profiles::ProfileStore &store, bool sandboxAsked)
{
    return sandboxAsked || !store.hasUserProfile();
}

} // namespace AssertDesk::Session
