#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace AssertDesk::Ui {

// Text, email, phone, URL, number, and any JSON for schema fields without an editor of their own.
class LineFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineFieldEditor)

public:
    LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;

protected:
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;

private:
    Contract::WriteShape m_shape;
    QLineEdit *m_edit;
};

} // namespace AssertDesk::Ui
