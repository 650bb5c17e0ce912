#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace AssertDesk::Session {

// One contact a lookup found, as a result list shows it. The texts came from the server and are
// already made safe to show (Contract::visibleText); the id is kept exactly as sent, to read the
// contact again with it.
struct FoundContact
{
    QString id;
    QString name;          // display_name, else first and last name; may be empty
    QString primaryEmail;  // primary_email, else the contact_emails row marked primary
    QString stage;         // the stage's display value, else its api_name
    QDateTime updatedAt;   // UTC; invalid when the server gave none or one that does not parse
    QString updatedAtText; // as the server wrote it, for a time that does not parse

    friend bool operator==(const FoundContact &, const FoundContact &) = default;
};

using FoundContacts = QList<FoundContact>;

} // namespace AssertDesk::Session
