#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace AssertDesk::Contract {

// What QJsonDocument silently loses: a key written twice in one object (it keeps one), and a
// number literal that a double cannot hold exactly (a 20-digit id). A second, lexical pass over
// the same bytes finds both, so the validator can warn and the response view can show the
// literal as it was sent.
struct JsonScanResult
{
    struct DuplicateKey
    {
        QString objectPointer;
        QString key;
    };
    QList<DuplicateKey> duplicateKeys;
    QHash<QString, QByteArray> inexactNumbers; // pointer -> literal text
    bool complete = true;                      // false when the text was not well-formed JSON
};

class JsonScan final
{
public:
    static JsonScanResult scan(const QByteArray &json);
    // True when the literal cannot round-trip through a double.
    static bool isInexactNumber(QByteArrayView literal);
};

} // namespace AssertDesk::Contract
