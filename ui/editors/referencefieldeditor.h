#pragma once

#include "fieldeditor.h"

class QComboBox;
class QLineEdit;

namespace AssertDesk::Ui {

// A UUID, {"related_record_id": UUID} or {"related_record_match": {"email": ...}}.
class ReferenceFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceFieldEditor)

public:
    ReferenceFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;

protected:
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;

private:
    QComboBox *m_form;
    QLineEdit *m_edit;
};

} // namespace AssertDesk::Ui
