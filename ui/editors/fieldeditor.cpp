#include "fieldeditor.h"

#include "addressfieldeditor.h"
#include "booleanfieldeditor.h"
#include "contactlistfieldeditor.h"
#include "linefieldeditor.h"
#include "referencefieldeditor.h"
#include "stagefieldeditor.h"

namespace AssertDesk::Ui {

using Contract::WriteShape;

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

} // namespace AssertDesk::Ui
