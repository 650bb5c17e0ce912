#pragma once

#include "foundcontact.h"

#include <QByteArray>
#include <QJsonObject>

namespace AssertDesk::Session {

// What one answer to a lookup holds: a page of `POST /contact/_query` (its contacts and the
// cursor of the next page) or the one contact of `GET /contact/{id}`; or why the body is neither.
// Read defensively, as every answer is: attributes raw or enveloped, records that are not objects
// counted and left out, never a crash. Made on a worker thread: a page can be large.
struct ContactPage
{
    FoundContacts contacts;
    QString nextCursor; // empty: there is no next page
    int unreadable = 0; // entries of "data" that are not records
    QString error;      // for a person; empty when the body was read

    bool ok() const { return error.isEmpty(); }

    // {"data":[<record>...],"meta":{"next_cursor":null|"..."}}
    static ContactPage fromQuery(const QByteArray &body);
    // {"data":<record>,"meta":{...}}
    static ContactPage fromRecord(const QByteArray &body);
    static FoundContact contactOf(const QJsonObject &record);
};

} // namespace AssertDesk::Session
