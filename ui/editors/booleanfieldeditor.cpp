#include "booleanfieldeditor.h"

#include "barelayout.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace AssertDesk::Ui {

BooleanFieldEditor::BooleanFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
{
    bareLayout(this)->addWidget(m_combo);
    m_combo->addItem(tr("true"), true);
    m_combo->addItem(tr("false"), false);
    m_combo->setAccessibleName(field.label);
    m_combo->setObjectName(QStringLiteral("edit_") + field.name);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

QJsonValue BooleanFieldEditor::shownValue() const
{
    return m_combo->currentData().toBool();
}

bool BooleanFieldEditor::showValue(const QJsonValue &value)
{
    if (!value.isBool())
        return false;
    m_combo->setCurrentIndex(value.toBool() ? 0 : 1);
    return true;
}

void BooleanFieldEditor::clearShown()
{
    m_combo->setCurrentIndex(0);
}

QWidget *BooleanFieldEditor::focusTarget()
{
    return m_combo;
}

} // namespace AssertDesk::Ui
