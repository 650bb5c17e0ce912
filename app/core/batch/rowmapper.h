#pragma once

#include "assertrequest.h"
#include "columnmapping.h"
#include "fieldcatalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Batch {

// Turns one row's cells into an assert request, as its column mapping says. An empty cell is
// not sent, unless emptyClears: then it clears the field (null), and an address part clears
// that part. The match column's cell is the match block's value. Cells are sent as text, except
// where the field wants another kind: sms_consent reads true/false/yes/no/1/0, a number field a
// number, an owner an email (matched to a user) or a record id, and a column mapped to a whole
// address or contact list a JSON object or list; what does not read stays text, for the
// validator to name.
class RowMapper final
{
public:
    RowMapper(const ColumnMapping &mapping, const Contract::FieldCatalogue &catalogue, bool emptyClears = false);

    Contract::AssertRequest map(const QStringList &cells) const;
    // The same request as the body the validator reads.
    QJsonObject body(const QStringList &cells) const;
    // The match column's cell, empty when there is none.
    QString matchValue(const QStringList &cells) const;
    // The column a validator's pointer into this row's request came from (its name as problems
    // show it); empty for the row as a whole.
    QString columnFor(const QString &pointer, const QStringList &cells) const;

private:
    struct Plain
    {
        qsizetype column;
        QString field;
        Contract::WriteShape shape;
        QByteArray key; // the field name as JSON text
    };
    struct Part
    {
        qsizetype column;
        QString name;   // address part, or email_n / phone_n in index order
        QByteArray key; // an address part's name as JSON text
    };

    void appendAddress(QByteArray &out, bool &first, const QStringList &cells) const;
    void appendList(QByteArray &out, bool &first, const QList<Part> &parts, const QStringList &cells,
                    const QByteArray &attributeKey, const char *key) const;
    QString listColumn(const QList<Part> &list, const QStringList &tokens, const QStringList &cells) const;

    QStringList m_names; // how problems name each column
    QList<Plain> m_plain;
    QList<Part> m_address;
    QList<Part> m_emails; // in email_n order
    QList<Part> m_phones;
    qsizetype m_match = -1;
    QString m_matchKey;
    QByteArray m_matchKeyJson;
    bool m_emptyClears = false;
};

} // namespace AssertDesk::Batch
