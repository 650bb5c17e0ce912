#include "referencefieldeditor.h"

#include "barelayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace AssertDesk::Ui {

ReferenceFieldEditor::ReferenceFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_form(new QComboBox(this))
    , m_edit(new QLineEdit(this))
{
    auto *l = bareLayout(this);
    l->addWidget(m_form);
    l->addWidget(m_edit, 1);
    m_form->addItem(tr("Record id"), 0);
    m_form->addItem(tr("related_record_id"), 1);
    m_form->addItem(tr("Match by email"), 2);
    m_form->setAccessibleName(field.label + tr(" form"));
    m_form->setObjectName(QStringLiteral("form_") + field.name);
    m_edit->setAccessibleName(field.label);
    m_edit->setObjectName(QStringLiteral("edit_") + field.name);
    m_edit->setPlaceholderText(tr("UUID"));
    connect(m_form, &QComboBox::activated, this, [this] {
        m_edit->setPlaceholderText(m_form->currentData().toInt() == 2 ? tr("owner@example.com") : tr("UUID"));
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QJsonValue ReferenceFieldEditor::value() const
{
    switch (m_form->currentData().toInt()) {
    case 1: return QJsonObject {{QStringLiteral("related_record_id"), m_edit->text()}};
    case 2:
        return QJsonObject {
            {QStringLiteral("related_record_match"), QJsonObject {{QStringLiteral("email"), m_edit->text()}}}};
    default: return m_edit->text();
    }
}

bool ReferenceFieldEditor::setValue(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (value.isString()) {
        m_form->setCurrentIndex(0);
        m_edit->setText(value.toString());
    } else if (o.size() == 1 && o.value(QLatin1String("related_record_id")).isString()) {
        m_form->setCurrentIndex(1);
        m_edit->setText(o.value(QLatin1String("related_record_id")).toString());
    } else if (o.size() == 1
               && o.value(QLatin1String("related_record_match")).toObject().value(QLatin1String("email")).isString()) {
        m_form->setCurrentIndex(2);
        m_edit->setText(
            o.value(QLatin1String("related_record_match")).toObject().value(QLatin1String("email")).toString());
    } else {
        return false;
    }
    return true;
}

void ReferenceFieldEditor::clear()
{
    m_form->setCurrentIndex(0);
    m_edit->clear();
}

QWidget *ReferenceFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace AssertDesk::Ui
