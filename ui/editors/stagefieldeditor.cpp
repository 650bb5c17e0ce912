#include "stagefieldeditor.h"

#include "barelayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace AssertDesk::Ui {

StageFieldEditor::StageFieldEditor(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
{
    bareLayout(this)->addWidget(m_combo);
    m_combo->setEditable(true); // a workspace may have stages this list does not know
    m_combo->addItems(stages);
    m_combo->setCurrentIndex(-1);
    m_combo->setAccessibleName(field.label);
    m_combo->setObjectName(QStringLiteral("edit_") + field.name);
    m_combo->lineEdit()->setPlaceholderText(tr("stage API name, e.g. working"));
    m_combo->lineEdit()->setAccessibleName(field.label);
    connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::edited);
}

QJsonValue StageFieldEditor::shownValue() const
{
    return m_combo->currentText();
}

bool StageFieldEditor::showValue(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentText(value.toString());
    return true;
}

void StageFieldEditor::clearShown()
{
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(-1);
    m_combo->clearEditText();
}

QWidget *StageFieldEditor::focusTarget()
{
    return m_combo;
}

} // namespace AssertDesk::Ui
