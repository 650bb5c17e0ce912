#pragma once

#include "fieldeditor.h"

#include <QList>

class QLineEdit;

namespace AssertDesk::Ui {

class AddressFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressFieldEditor)

public:
    AddressFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    QList<QLineEdit *> m_parts;
};

} // namespace AssertDesk::Ui
