#include "contactlookup.h"

#include "apiclient.h"
#include "apierror.h"
#include "futures.h"
#include "lookupfailure.h"
#include "visibletext.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace AssertDesk::Session {

using namespace AssertDesk::Contract;
using History::whenReady;

namespace {

constexpr int kMaxPageSize = 100; // the most the contract's servers are known to take (the sandbox's cap)

bool looksLikeId(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    return uuid.match(text).hasMatch();
}

QJsonObject filter(const char *field, const char *op, const QString &value)
{
    return QJsonObject {{QStringLiteral("field"), QString::fromLatin1(field)},
                        {QStringLiteral("operator"), QString::fromLatin1(op)},
                        {QStringLiteral("value"), value}};
}

// A 404 that says the record is not there, rather than that the path is wrong (a base URL
// that is not the API's also answers 404, and that must be said, not hidden as "no contact").
bool noSuchRecord(const SendResult &r)
{
    return r.httpStatus == 404 && ApiError::parse(r.httpStatus, r.body).code() == QLatin1String("record_not_found");
}

} // namespace

ContactLookup::ContactLookup(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_client(client)
{
}

ContactLookup::~ContactLookup()
{
    // The calls are children and go with this object; none may call back into it on the way.
    stopCalls();
    if (m_readCall)
        m_readCall->disconnect(this);
}

ContactLookup::Kind ContactLookup::kindOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Kind::Nothing;
    if (looksLikeId(t))
        return Kind::Id;
    if (t.contains(QLatin1Char('@')) && !t.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Kind::Email;
    return Kind::Name;
}

void ContactLookup::setPageSize(int size)
{
    m_pageSize = qBound(1, size, kMaxPageSize);
}

// An address is one query: the server compares it with every address of every contact, as the
// assert's match does (trimmed here, without regard to case there). A name may be in any of three
// fields, and the contract's filters all apply at once (the sandbox requires every one; no "or"
// is documented), so a name is three queries whose answers are merged by id, in this order:
// display_name (the server derives it from first and last name, so "Sarah Chen" typed whole
// matches it), then first_name and last_name, for contacts the server left without one.
QList<ContactLookup::Query> ContactLookup::queriesFor(Kind kind, const QString &text)
{
    const auto one = [](const QJsonObject &f) {
        Query q;
        q.filters = QJsonArray {f};
        return q;
    };
    if (kind == Kind::Email)
        return {one(filter("contact_emails", "eq", text))};
    if (kind == Kind::Name) {
        const QString name = text.simplified();
        return {one(filter("display_name", "contains", name)), one(filter("first_name", "contains", name)),
                one(filter("last_name", "contains", name))};
    }
    if (kind == Kind::Id)
        return {Query {}};
    return {};
}

bool ContactLookup::hasMore() const
{
    // Only after a page: a search that failed before one came has nothing to go on from.
    return m_state != State::Searching && m_endpoint && m_kind != Kind::Id && m_pagesRead > 0
        && std::any_of(m_queries.cbegin(), m_queries.cend(), [](const Query &q) { return !q.exhausted; });
}

void ContactLookup::search(const Profiles::Profile &profile, const QString &text)
{
    stopCalls();
    const int generation = ++m_generation;
    m_profile = profile;
    m_text = text.trimmed();
    m_kind = kindOf(m_text);
    m_endpoint.reset();
    m_queries = queriesFor(m_kind, m_text);
    m_results.clear();
    m_seen.clear();
    m_unreadable = 0;
    m_pagesRead = 0;
    m_error.clear();
    Q_EMIT cleared();
    if (m_kind == Kind::Nothing) {
        fail(tr("Type an email address, a name or a contact id."));
        return;
    }
    setState(State::Searching);
    // Where the profile's requests go, with its key: the built-in sandbox or the account's URL.
    m_endpoints->resolve(profile, this, [this, generation](const Endpoint &endpoint) {
        if (generation != m_generation)
            return;
        if (!endpoint.ok()) {
            fail(endpoint.errorWithFix());
            return;
        }
        m_endpoint = endpoint;
        if (m_kind == Kind::Id)
            askById();
        else
            askPage();
    });
}

void ContactLookup::loadMore()
{
    if (!hasMore())
        return;
    setState(State::Searching);
    askPage();
}

void ContactLookup::cancel()
{
    stopCalls();
    ++m_generation;
    if (m_state == State::Searching)
        setState(State::Idle);
}

void ContactLookup::askPage()
{
    const int generation = m_generation;
    for (qsizetype i = 0; i < m_queries.size() && generation == m_generation; ++i) {
        Query &q = m_queries[i];
        if (q.exhausted)
            continue;
        QJsonObject body {{QStringLiteral("filters"), q.filters}, {QStringLiteral("limit"), m_pageSize}};
        // The contract names the answer's next_cursor but not how it goes back; the sandbox
        // takes it as "cursor", the name the vendor's guides use for paging.
        if (!q.cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), q.cursor);
        q.pending = true;
        q.page.reset();
        Net::ApiCall *call = m_client->queryContacts(m_endpoint->callOptions(m_profile.timeoutSeconds),
                                                     QJsonDocument(body).toJson(QJsonDocument::Compact), this);
        m_calls.append(call);
        connect(call, &Net::ApiCall::finished, this, [this, generation, i, call](const SendResult &r) {
            call->deleteLater();
            if (generation != m_generation)
                return;
            if (r.outcome != Outcome::Succeeded || r.bodyTruncated) {
                fail(LookupFailure::describe(r, m_profile.timeoutSeconds));
                return;
            }
            whenReady(QtConcurrent::run(&ContactPage::fromQuery, r.body), this,
                      [this, generation, i](const ContactPage &page) {
                          if (generation == m_generation)
                              pageRead(i, page);
                      });
        });
        call->start(); // may end at once (no key, a refused URL): then the loop stops
    }
}

void ContactLookup::askById()
{
    const int generation = m_generation;
    QString id = m_text;
    id.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    m_queries.first().pending = true;
    Net::ApiCall *call = m_client->readContact(m_endpoint->callOptions(m_profile.timeoutSeconds), id, this);
    m_calls.append(call);
    connect(call, &Net::ApiCall::finished, this, [this, generation, call](const SendResult &r) {
        call->deleteLater();
        if (generation != m_generation)
            return;
        if (noSuchRecord(r)) {
            pageRead(0, ContactPage {});
        } else if (r.outcome != Outcome::Succeeded || r.bodyTruncated) {
            fail(LookupFailure::describe(r, m_profile.timeoutSeconds));
        } else {
            whenReady(QtConcurrent::run(&ContactPage::fromRecord, r.body), this,
                      [this, generation](const ContactPage &page) {
                          if (generation == m_generation)
                              pageRead(0, page);
                      });
        }
    });
    call->start();
}

void ContactLookup::pageRead(qsizetype query, const ContactPage &page)
{
    Query &q = m_queries[query];
    q.pending = false;
    if (!page.ok()) {
        fail(visibleText(tr("The server's answer is not a list of contacts: %1").arg(page.error)));
        return;
    }
    // A cursor that comes back unchanged would page forever.
    q.exhausted = page.nextCursor.isEmpty() || page.nextCursor == q.cursor;
    q.cursor = page.nextCursor;
    q.page = page;
    if (std::none_of(m_queries.cbegin(), m_queries.cend(), [](const Query &other) { return other.pending; }))
        merge();
}

void ContactLookup::merge()
{
    const int first = int(m_results.size());
    for (Query &q : m_queries) {
        if (!q.page)
            continue;
        m_unreadable += q.page->unreadable;
        for (const FoundContact &c : std::as_const(q.page->contacts)) {
            // A record without an id cannot be told from another: it is shown, never merged away.
            if (!c.id.isEmpty() && m_seen.contains(c.id))
                continue;
            m_seen.insert(c.id);
            m_results.append(c);
        }
        q.page.reset();
    }
    ++m_pagesRead;
    if (m_results.size() > first)
        Q_EMIT found(first, int(m_results.size()) - first);
    setState(State::Done);
}

void ContactLookup::fail(const QString &message)
{
    stopCalls();
    ++m_generation; // answers still on their way belong to a search that has ended
    for (Query &q : m_queries)
        q.pending = false;
    m_error = message;
    setState(State::Failed);
}

void ContactLookup::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    // Failed twice in a row is two different errors: each is said.
    if (changed || state == State::Failed)
        Q_EMIT stateChanged(state);
}

void ContactLookup::stopCalls()
{
    for (const QPointer<Net::ApiCall> &call : std::as_const(m_calls)) {
        if (!call)
            continue;
        // Dropped, not cancelled: this often runs inside another call's answer, and aborting a
        // reply from there makes Qt complain; the call's destructor aborts it from the event loop.
        call->disconnect(this);
        call->deleteLater();
    }
    m_calls.clear();
}

void ContactLookup::read(const QString &id)
{
    if (m_readCall) {
        m_readCall->disconnect(this);
        m_readCall->cancel();
        m_readCall->deleteLater();
    }
    const int generation = ++m_readGeneration;
    if (!m_endpoint || id.isEmpty()) {
        Q_EMIT readFailed(id, tr("This contact cannot be read: the answer gave it no id."));
        return;
    }
    Net::ApiCall *call = m_client->readContact(m_endpoint->callOptions(m_profile.timeoutSeconds), id, this);
    m_readCall = call;
    connect(call, &Net::ApiCall::finished, this, [this, generation, id, call](const SendResult &r) {
        call->deleteLater();
        if (generation != m_readGeneration)
            return;
        if (noSuchRecord(r)) {
            Q_EMIT readFailed(id, tr("This contact is not there any more (HTTP 404)."));
            return;
        }
        if (r.outcome != Outcome::Succeeded || r.bodyTruncated) {
            Q_EMIT readFailed(id, LookupFailure::describe(r, m_profile.timeoutSeconds));
            return;
        }
        const QByteArray body = r.body;
        const int status = r.httpStatus;
        whenReady(
            QtConcurrent::run([body, status] {
                return std::shared_ptr<const AssertResponse>(std::make_shared<AssertResponse>(
                    AssertResponse::parse(body, status, AssertResponse::Lists::OnDemand)));
            }),
            this, [this, generation, id](const std::shared_ptr<const AssertResponse> &contact) {
                if (generation != m_readGeneration)
                    return;
                if (!contact->isValid()) {
                    Q_EMIT readFailed(
                        id,
                        visibleText(tr("The server's answer is not a contact record: %1").arg(contact->errorString())));
                    return;
                }
                m_contact = contact;
                Q_EMIT contactRead(id);
            });
    });
    call->start();
}

} // namespace AssertDesk::Session
