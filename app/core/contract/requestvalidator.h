#pragma once

#include "assertrequest.h"
#include "fieldcatalogue.h"
#include "validationproblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace AssertDesk::Contract {

// Checks an assert body against the contract before anything leaves the machine. Returns every
// problem it finds, not just the first, so the form can mark all of them at once.
class RequestValidator final
{
public:
    // Phone numbers written without +country code are read as numbers of the system locale's
    // region (PhoneNumbers::systemRegion()) until setPhoneRegion() says otherwise.
    explicit RequestValidator(FieldCatalogue catalogue = FieldCatalogue::builtIn());
    RequestValidator(FieldCatalogue catalogue, const QString &phoneRegion);

    struct Result
    {
        ValidationProblems problems;
        bool usable = true; // false when the input is not a JSON object at all
        QJsonObject body;
    };

    // From raw bytes: also catches what a JSON parser hides (duplicate keys, inexact numbers).
    Result validateJson(const QByteArray &json) const;
    ValidationProblems validate(const QJsonObject &body) const;
    ValidationProblems validate(const AssertRequest &request) const { return validate(request.toJsonObject()); }

    const FieldCatalogue &catalogue() const { return m_catalogue; }
    // The region a phone number written without +country code is read in (ISO code, "US");
    // empty for none, when only numbers written with + can be valid.
    QString phoneRegion() const { return m_phoneRegion; }
    void setPhoneRegion(const QString &region) { m_phoneRegion = region; }

private:
    // What the catalogue says of one field, worked out once here rather than for every attribute
    // of every row of a batch.
    struct Name
    {
        FieldSpec spec; // a copy: the index owes nothing to where the catalogue keeps its fields
        bool readOnly = false;
        QString pointer; // /attributes/<name>, so a row's checks need not write it again
    };

    void index();
    const Name *find(const QString &name) const;
    void checkMatch(const QJsonObject &body, ValidationProblems &out) const;
    void checkAttributes(const QJsonObject &body, ValidationProblems &out) const;
    // The catalogue's field for one attribute (with its pointer), or nullptr once the problem
    // that ends its checks (match key, read-only, unknown) is added.
    const Name *fieldToCheck(const QString &name, const QJsonObject &match, ValidationProblems &out) const;

    FieldCatalogue m_catalogue;
    QString m_phoneRegion;
    QList<Name> m_names; // every field of m_catalogue, in its order
};

} // namespace AssertDesk::Contract
