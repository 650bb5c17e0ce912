#pragma once

#include "fieldeditor.h"

#include <QJsonObject>
#include <QString>

class QLabel;
class QTableWidget;

namespace AssertDesk::Ui {

// contact_emails or contact_phone_numbers: rows with a primary mark and labels. A row keeps what
// it was given: a cell the user did not edit is sent as written (an is_primary or labels left
// out stays out, labels keep their case), and a value a cell cannot show exactly (an is_primary
// that is not true or false, labels that are not a list of plain words) is shown as JSON and
// cannot be edited here. A phone number typed into a cell is sent in E.164 when it is a valid
// number (read in the phone region), with a line under the table saying what each row sends; the
// cell keeps what was typed.
class ContactListFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListFieldEditor)

public:
    ContactListFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;
    void setPhoneRegion(const QString &region) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;
    void valueReplaced() override { updatePhoneHint(); }

private:
    void updatePhoneHint();
    // "Add row" and "Remove row", also Insert and Delete in the table.
    void addNewRow();
    void removeCurrentRow();
    // A row as given; a new row (from "Add row") has none and writes all its keys.
    void addRow(const QJsonObject &given, bool isNew);
    QJsonObject rowValue(int row) const;
    QString m_key; // "email" or "phone_number"
    QTableWidget *m_table;
    QLabel *m_phoneHint = nullptr; // phone numbers only
    QString m_phoneRegion;
};

} // namespace AssertDesk::Ui
