#pragma once

#include <QList>
#include <QString>

namespace AssertDesk::Contract {

// One thing wrong with a request, anchored to the place it is wrong.
struct ValidationProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString pointer; // JSON pointer into the request body, "" for the whole body
    QString code;    // machine code, stable across versions
    QString message; // what a sales-ops person reads

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};

using ValidationProblems = QList<ValidationProblem>;

inline bool hasErrors(const ValidationProblems &problems)
{
    for (const ValidationProblem &p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace AssertDesk::Contract
