#include "fieldeditor.h"

#include "addressfieldeditor.h"
#include "booleanfieldeditor.h"
#include "contactlistfieldeditor.h"
#include "linefieldeditor.h"
#include "referencefieldeditor.h"
#include "stagefieldeditor.h"

#include <QLineEdit>

namespace AssertDesk::Ui {

using Contract::WriteShape;

FieldEditor::FieldEditor(QWidget *parent)
    : QWidget(parent)
{
    // Connected before anyone else can be, so a listener of edited() already reads the new value.
    connect(this, &FieldEditor::edited, this, [this] { m_edited = true; });
}

FieldEditor *FieldEditor::create(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent)
{
    switch (field.shape) {
    case WriteShape::Boolean: return new BooleanFieldEditor(field, parent);
    case WriteShape::Stage: return new StageFieldEditor(field, stages, parent);
    case WriteShape::Address: return new AddressFieldEditor(field, parent);
    case WriteShape::Reference: return new ReferenceFieldEditor(field, parent);
    case WriteShape::ContactEmails:
    case WriteShape::ContactPhoneNumbers: return new ContactListFieldEditor(field, parent);
    default: return new LineFieldEditor(field, parent);
    }
}

QJsonValue FieldEditor::value() const
{
    return m_edited || m_given.isUndefined() ? shownValue() : m_given;
}

bool FieldEditor::setValue(const QJsonValue &value)
{
    m_showing = true;
    const bool shown = showValue(value);
    m_showing = false;
    if (!shown)
        return false;
    m_given = value;
    m_edited = false;
    valueReplaced();
    return true;
}

void FieldEditor::clear()
{
    m_showing = true;
    clearShown();
    m_showing = false;
    m_given = QJsonValue::Undefined;
    m_edited = false;
    valueReplaced();
}

void FieldEditor::watchText(QLineEdit *edit, std::function<void()> before)
{
    connect(edit, &QLineEdit::textChanged, this, [this, before = std::move(before)] {
        if (m_showing)
            return;
        if (before)
            before();
        Q_EMIT edited();
    });
}

} // namespace AssertDesk::Ui
