#pragma once

#include "fieldeditor.h"

#include <QList>

class QLineEdit;

namespace AssertDesk::Ui {

// The six parts of an address. A part the user did not type into is sent as it was given: null,
// empty text or absent; one typed empty is left out.
class AddressFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressFieldEditor)

public:
    AddressFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QWidget *focusTarget() override;

protected:
    QJsonValue shownValue() const override;
    bool showValue(const QJsonValue &value) override;
    void clearShown() override;

private:
    QList<QLineEdit *> m_parts;
    QList<bool> m_typedInto; // per part, since the value was given
    QStringList m_placeholders;
};

} // namespace AssertDesk::Ui
