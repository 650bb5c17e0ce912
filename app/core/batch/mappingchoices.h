#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace AssertDesk::Batch {

// The choices a person made for a set of columns, by header name: which field a column goes to
// (or that it is set aside) and which column is the match. A map file (--map) holds them, and
// so does the mapping saved for a header set:
//   {"columns": {"E-Mail": "primary_email", "Firma": null, "Ort": "address.city"},
//    "match": "E-Mail"}
// Header names compare trimmed and in any case.
class MappingChoices final
{
public:
    struct Choice
    {
        QString column;                // as the person wrote it
        std::optional<QString> target; // nothing: the column is set aside (null)
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    // False with a message on what is not such a document.
    static std::optional<MappingChoices> fromJson(const QByteArray &json, QString *error);
    // The document, with the header it was made for (the store keeps it for people to read).
    QByteArray toJson(const QStringList &header = {}) const;

    void set(const QString &column, const std::optional<QString> &target);
    std::optional<Choice> choice(const QString &column) const;
    QList<Choice> choices() const { return m_choices.values(); }
    QString match() const { return m_match; }
    void setMatch(const QString &column) { m_match = column.trimmed(); }
    bool isEmpty() const { return m_choices.isEmpty() && m_match.isEmpty(); }

    // These choices with other's over them, column by column.
    void merge(const MappingChoices &other);

    static QString normalized(const QString &header) { return header.trimmed().toLower(); }

    friend bool operator==(const MappingChoices &, const MappingChoices &) = default;

private:
    QMap<QString, Choice> m_choices; // by normalized header name
    QString m_match;
};

} // namespace AssertDesk::Batch
