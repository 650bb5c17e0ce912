#pragma once

#include "fieldeditor.h"

class QLabel;
class QLineEdit;

namespace AssertDesk::Ui {

// Text, email, phone, URL, number, and any JSON for schema fields without an editor of their own.
// A phone number the user types is sent in E.164 when it is a valid number (read in the phone
// region), with a line under the field saying what will be sent; the field keeps what was typed.
class LineFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineFieldEditor)

public:
    LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;
    void setPhoneRegion(const QString &region) override;

protected:
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;
    void valueReplaced() override;

private:
    void updatePhoneHint();

    Contract::WriteShape m_shape;
    QLineEdit *m_edit;
    QLabel *m_phoneHint = nullptr; // phone fields only
    QString m_phoneRegion;
    // The region the number in the field was read in: the phone region when it was typed. A new
    // phone region re-reads only a number that could not be read, never moves one to another country.
    QString m_readRegion;
};

} // namespace AssertDesk::Ui
