#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace AssertDesk::Ui {

class BooleanFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BooleanFieldEditor)

public:
    BooleanFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;

protected:
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;

private:
    QComboBox *m_combo;
};

} // namespace AssertDesk::Ui
