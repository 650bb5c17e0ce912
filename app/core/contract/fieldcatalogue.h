#pragma once

#include "fieldspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// The contact fields Assert Desk knows: the built-in create surface of the contract, optionally
// extended by a workspace's GET /_schema/contact document so custom fields are first-class.
class FieldCatalogue final
{
public:
    static FieldCatalogue builtIn();

    // Merges a schema document into the built-in catalogue. Returns false with a message when the
    // document cannot be read; the catalogue is then left as it was.
    bool mergeSchema(const QByteArray &schemaJson, QString *error);

    const FieldSpec *field(const QString &name) const;
    QList<FieldSpec> fields() const { return m_fields; }
    QList<FieldSpec> writableFields() const;
    QStringList matchKeys() const;

    // A field that exists but is never written by a client (system, derived, enrichment).
    bool isReadOnly(const QString &name) const;
    // True once a workspace schema has been merged: a field it does not list is an error, not a
    // possible custom field.
    bool isAuthoritative() const { return m_authoritative; }

    static QStringList emailLabels();
    static QStringList addressKeys();

private:
    QList<FieldSpec> m_fields;
    QStringList m_readOnly;
    bool m_authoritative = false;
};

} // namespace AssertDesk::Contract
