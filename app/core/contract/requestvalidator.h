#pragma once

#include "assertrequest.h"
#include "fieldcatalogue.h"
#include "validationproblem.h"

#include <QByteArray>
#include <QJsonObject>

namespace AssertDesk::Contract {

// Checks an assert body against the contract before anything leaves the machine. Returns every
// problem it finds, not just the first, so the form can mark all of them at once.
class RequestValidator final
{
public:
    explicit RequestValidator(FieldCatalogue catalogue = FieldCatalogue::builtIn());

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

private:
    void checkMatch(const QJsonObject &body, ValidationProblems &out) const;
    void checkAttributes(const QJsonObject &body, ValidationProblems &out) const;
    // The catalogue's field for one attribute, or nullptr once the problem that ends its checks
    // (match key, read-only, unknown) is added.
    const FieldSpec *fieldToCheck(const QString &name, const QString &pointer, const QJsonObject &match,
                                  ValidationProblems &out) const;

    FieldCatalogue m_catalogue;
};

} // namespace AssertDesk::Contract
