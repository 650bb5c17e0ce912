#pragma once

#include "fieldeditor.h"

#include <QString>

class QTableWidget;

namespace AssertDesk::Ui {

// contact_emails or contact_phone_numbers: rows with a primary mark and labels.
class ContactListFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListFieldEditor)

public:
    ContactListFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    void addRow(const QString &value, bool primary, const QString &labels);
    QString m_key; // "email" or "phone_number"
    QTableWidget *m_table;
};

} // namespace AssertDesk::Ui
