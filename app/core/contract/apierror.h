#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// What an error answer said, from any body: the documented shapes, other JSON, text, or nothing.
class ApiError final
{
public:
    struct Field
    {
        QString pointer; // JSON pointer into the request, e.g. /attributes/primary_email
        QString message;
        QString code;
    };

    static ApiError parse(int httpStatus, const QByteArray &body);
    // A JSON object that carries an error in one of the shapes we know.
    static bool looksLikeError(const QJsonObject &body);

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QList<Field> fields() const { return m_fields; }
    QStringList missingPermissions() const { return m_missingPermissions; }
    QByteArray raw() const { return m_raw; }

    // Points each named field at the request that was sent: a bare "nickname" becomes
    // /attributes/nickname when that is where the request has it.
    void resolveAgainst(const QJsonObject &requestBody);

    // "422 field_not_creatable: display_name is not writable (/attributes/display_name)"
    QString summary() const;

    static QString defaultCode(int httpStatus);

private:
    void readErrorObject(const QJsonObject &error);
    void readDetail(const QJsonValue &detail);

    int m_status = 0;
    QString m_code;
    QString m_message;
    QList<Field> m_fields;
    QStringList m_missingPermissions;
    QByteArray m_raw;
};

} // namespace AssertDesk::Contract
