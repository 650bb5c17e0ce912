#pragma once

#include "sendresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// Which contact an assert's match key identifies, as the server's own query answers it (the
// contract: the key matches any address in a contact's contact_emails, trimmed, without regard to
// case). Read from a POST /contact/_query answer defensively: a shape this version does not know
// is Unknown with a reason, never a crash and never a guess.
class MatchPrediction final
{
public:
    enum class Kind { Create, Update, Ambiguous, Unknown };
    // Why a prediction is Unknown, so a window can say what would fix it.
    enum class Why { None, NoMatchKey, NoKey, Refused, Timeout, Offline, ServerError, BadAnswer, Cancelled };

    struct Candidate
    {
        QString id;
        QString name;      // display_name, else first and last name; may be empty
        QString matchedOn; // the contact's stored address that the key matched
    };

    // How many contacts the query asks for: enough to tell one from several.
    static constexpr int kQueryLimit = 10;
    // The query that asks the server which contacts hold `address`.
    static QByteArray queryBody(const QString &address);
    // The fields a record must carry for the diff of `requestAttributes` to be worked out from it:
    // those the request writes and those that change with them.
    static QStringList fieldsNeeded(const QJsonObject &requestAttributes);

    static MatchPrediction fromQueryAnswer(const QByteArray &body, const QString &address, const QDateTime &readAt);
    // The same from records already read (each {id, attributes}, checked as fromQueryAnswer checks
    // them): a query that asked for many addresses at once (contact_emails in [...]) is answered
    // for each of them by the records that hold it. `more`: the server has records beyond these.
    static MatchPrediction fromRecords(const QList<QJsonObject> &records, const QString &address, bool more,
                                       const QDateTime &readAt);
    // Whether a record from a query answer can be read as a contact: an object with an id, its
    // attributes (if any) an object.
    static bool isRecord(const QJsonValue &value);
    static MatchPrediction unknown(Why why, const QString &reason, const QDateTime &readAt = {});
    // As toJson() wrote it (the history keeps it); anything else is Unknown.
    static MatchPrediction fromJson(const QJsonObject &object);

    Kind kind() const { return m_kind; }
    Why why() const { return m_why; }
    QString kindName() const; // create, update, ambiguous, unknown
    bool isMade() const { return m_kind != Kind::Unknown; }
    QString contactId() const { return m_contact.id; }
    QString contactName() const { return m_contact.name; }
    QString matchedOn() const { return m_contact.matchedOn; }
    QString matchField() const { return QStringLiteral("contact_emails"); }
    QList<Candidate> candidates() const { return m_candidates; }
    QString reason() const { return m_reason; }
    QDateTime readAt() const { return m_readAt; }
    // The matched contact as the query returned it ({id, attributes, ...}); empty unless Update.
    QJsonObject record() const { return m_record; }
    void setRecord(const QJsonObject &record) { m_record = record; }
    // The record holds every field of `needed` (else it is read whole with GET /contact/{id}).
    bool recordHolds(const QStringList &needed) const;

    // What a person reads: "Will create a new contact", "Will update Sarah Chen (ID), matched on
    // contact_emails = sarah@acme.com", "Ambiguous: 2 contacts have this address: ...",
    // "Preview unavailable: REASON".
    QString sentence() const;
    // Empty when the outcome of a send is what this predicted; otherwise what differs ("predicted a
    // new contact, but it updated ID"). Only a succeeded send (action "created" or "updated") can
    // surprise, and only a made prediction.
    QString surpriseFor(const QString &action, const QString &contactId) const;
    // The same for a send's result (its answer is parsed only when there is a prediction to compare).
    QString surpriseIn(const SendResult &result) const;
    // Without the record (the history keeps that apart, as the before-state).
    QJsonObject toJson() const;

private:
    Kind m_kind = Kind::Unknown;
    Why m_why = Why::None;
    Candidate m_contact;
    QList<Candidate> m_candidates;
    QString m_reason;
    QDateTime m_readAt;
    QJsonObject m_record;
};

} // namespace AssertDesk::Contract
