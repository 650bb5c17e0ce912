#pragma once

#include "abstractendpointresolver.h"
#include "assertresponse.h"
#include "contactpage.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace AssertDesk::Net {
class ApiCall;
class ApiClient;
} // namespace AssertDesk::Net

namespace AssertDesk::Session {

// "Find a contact": what a person typed becomes reads of the contact API at a profile's endpoint,
// and their answers a list of contacts. A contact id reads that contact (GET /contact/{id}); an
// email address asks for the contact holding it among any of its addresses (contact_emails eq);
// anything else is a name. Reads only, so a read-only key is enough. One search at a time: a new
// one stops the one under way, whose answers are then dropped. Answers are read on a worker
// thread; every failure ends as a sentence in error(), never a crash.
class ContactLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactLookup)

public:
    enum class Kind { Nothing, Id, Email, Name };
    enum class State { Idle, Searching, Done, Failed };
    Q_ENUM(Kind)
    Q_ENUM(State)
    static constexpr int kDefaultPageSize = 25;

    ContactLookup(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent = nullptr);
    ~ContactLookup() override;

    static Kind kindOf(const QString &text);
    // Contacts asked for per page and query (1 to 100).
    void setPageSize(int size);

    // Asks `profile`'s server for `text`; results() starts empty again.
    void search(const Profiles::Profile &profile, const QString &text);
    // The next page, when hasMore() and no page is being read.
    void loadMore();
    void cancel();
    // Reads one found contact whole, from the server the search asked; a new read stops the last.
    void read(const QString &id);

    State state() const { return m_state; }
    Kind kind() const { return m_kind; }
    QString text() const { return m_text; }
    QString profileName() const { return m_profile.name; }
    const FoundContacts &results() const { return m_results; }
    bool hasMore() const;
    // Entries of the answers that were not contact records (left out of results()).
    int unreadable() const { return m_unreadable; }
    QString error() const { return m_error; }
    // The contact read() read last.
    std::shared_ptr<const Contract::AssertResponse> contact() const { return m_contact; }

Q_SIGNALS:
    void stateChanged(AssertDesk::Session::ContactLookup::State state);
    // results() was emptied (a new search).
    void cleared();
    // results() grew by `count` contacts at `first`.
    void found(int first, int count);
    void contactRead(const QString &id);
    void readFailed(const QString &id, const QString &message);

private:
    // One query: a name asks three, whose answers are merged.
    struct Query
    {
        QJsonArray filters; // empty: the read by id
        QString cursor;     // of its next page
        bool exhausted = false;
        bool pending = false;
        std::optional<ContactPage> page; // its answer, until every query of the round has one
    };

    static QList<Query> queriesFor(Kind kind, const QString &text);
    void askPage();
    void askById();
    void pageRead(qsizetype query, const ContactPage &page);
    void merge();
    void fail(const QString &message);
    void setState(State state);
    void stopCalls();

    AbstractEndpointResolver *m_endpoints;
    Net::ApiClient *m_client;
    Profiles::Profile m_profile;
    std::optional<Endpoint> m_endpoint; // of the last search, once resolved
    QString m_text;
    Kind m_kind = Kind::Nothing;
    State m_state = State::Idle;
    QList<Query> m_queries;
    QList<QPointer<Net::ApiCall>> m_calls;
    int m_generation = 0; // of the search: answers of an earlier one are dropped
    int m_pageSize = kDefaultPageSize;
    FoundContacts m_results;
    QSet<QString> m_seen; // ids in m_results, to merge the name queries
    int m_unreadable = 0;
    int m_pagesRead = 0; // rounds of pages merged since the search began
    QString m_error;
    QPointer<Net::ApiCall> m_readCall;
    int m_readGeneration = 0;
    std::shared_ptr<const Contract::AssertResponse> m_contact;
};

} // namespace AssertDesk::Session
