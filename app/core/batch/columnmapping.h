#pragma once

#include "columntarget.h"
#include "mappingchoices.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Batch {

// Where each column of a CSV goes. A header that names a writable field maps itself (trimmed, in
// any case: first_name, primary_email, stage, address.city, email_1, phone_1 ...); any other is
// unmapped until a person's choices (a map file, or those saved for this header set) say where
// it goes. One column is the match: by default the one mapped to primary_email, else email_1.
class ColumnMapping final
{
public:
    enum class Origin { Automatic, Chosen };

    struct Column
    {
        QString header; // as written, trimmed
        ColumnTarget target;
        Origin origin = Origin::Automatic;
        bool readOnly = false; // names a field no client writes (id, created_at ...): left out
    };

    ColumnMapping() = default;
    static ColumnMapping automatic(const QStringList &header, const Contract::FieldCatalogue &catalogue);

    // Puts the choices' columns where they say. Columns the choices name that this header does not
    // have are noted, not refused (a map file may serve several exports). False with a message on
    // a target that is not a writable field.
    bool apply(const MappingChoices &choices, const Contract::FieldCatalogue &catalogue, QStringList *notes,
               QString *error);
    // The match column by header name, or the default when empty. False with a message when there
    // is no such column, or it holds something other than one email.
    bool chooseMatch(const QString &column, const Contract::FieldCatalogue &catalogue, QString *error);
    // False with a message when two columns write the same place, or a column other than the
    // match writes the match key.
    bool check(QString *error) const;

    qsizetype size() const { return m_columns.size(); }
    const Column &column(qsizetype i) const { return m_columns.at(i); }
    // The header, or "column N" when it is empty or repeated: how problems name the column.
    QString columnName(qsizetype i) const;
    QStringList header() const;
    QList<qsizetype> unmapped() const;

    qsizetype matchColumn() const { return m_match; } // -1 before chooseMatch
    QString matchKey() const { return m_matchKey; }   // the key of the match block: primary_email

    // Names the set of header names, in any order and case: the mapping store's file name.
    QString headerSetKey() const;

private:
    qsizetype find(const QString &header) const;
    qsizetype defaultMatch() const;

    QList<Column> m_columns;
    qsizetype m_match = -1;
    QString m_matchKey;
};

} // namespace AssertDesk::Batch
