#include "referencefieldeditor.h"

#include "barelayout.h"
#include "partarrows.h"

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
    m_form->setItemData(0, tr("The id of the record itself (a UUID)."), Qt::ToolTipRole);
    m_form->setItemData(1, tr("Sent as {\"related_record_id\": …}: the id of the related record (a UUID)."),
                        Qt::ToolTipRole);
    m_form->setItemData(2,
                        tr("Sent as {\"related_record_match\": {\"email\": …}}: the server finds the record by this "
                           "email."),
                        Qt::ToolTipRole);
    m_form->setToolTip(tr("How the record is named: by its id, as a related record id, or matched by email."));
    m_form->setAccessibleName(field.label + tr(" form"));
    m_form->setObjectName(QStringLiteral("form_") + field.name);
    m_edit->setAccessibleName(field.label);
    m_edit->setObjectName(QStringLiteral("edit_") + field.name);
    m_edit->setPlaceholderText(tr("UUID"));
    connect(m_form, &QComboBox::activated, this, [this] {
        m_edit->setPlaceholderText(m_form->currentData().toInt() == 2 ? tr("owner@example.com") : tr("UUID"));
        Q_EMIT edited();
    });
    watchText(m_edit);
    // One Tab stop (the id or address typed); the form is a Left arrow away from the text's start.
    new PartArrows({m_form, m_edit}, 2, m_edit, this);
    const QString keys = tr("Left arrow at the start: how the record is named (id, related record id or email).");
    m_edit->setAccessibleDescription(keys);
    m_edit->setProperty("keyHint", keys);
    m_edit->setToolTip(keys);
    m_form->setAccessibleDescription(tr("Right arrow: back to %1.").arg(field.label));
}

QJsonValue ReferenceFieldEditor::shownValue() const
{
    switch (m_form->currentData().toInt()) {
    case 1: return QJsonObject {{QStringLiteral("related_record_id"), m_edit->text()}};
    case 2: {
        // Keys beside the email in a given match block are kept (the validator names them).
        const QLatin1String matchKey("related_record_match");
        QJsonObject match = given().toObject().value(matchKey).toObject();
        match.insert(QStringLiteral("email"), m_edit->text());
        return QJsonObject {{matchKey, match}};
    }
    default: return m_edit->text();
    }
}

bool ReferenceFieldEditor::showValue(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue email = o.value(QLatin1String("related_record_match")).toObject().value(QLatin1String("email"));
    if (value.isString()) {
        m_form->setCurrentIndex(0);
        m_edit->setText(value.toString());
    } else if (o.size() == 1 && o.value(QLatin1String("related_record_id")).isString()) {
        m_form->setCurrentIndex(1);
        m_edit->setText(o.value(QLatin1String("related_record_id")).toString());
    } else if (o.size() == 1 && email.isString()) {
        m_form->setCurrentIndex(2);
        m_edit->setText(email.toString());
    } else {
        return false;
    }
    m_edit->setPlaceholderText(m_form->currentIndex() == 2 ? tr("owner@example.com") : tr("UUID"));
    return true;
}

void ReferenceFieldEditor::clearShown()
{
    m_form->setCurrentIndex(0);
    m_edit->setPlaceholderText(tr("UUID"));
    m_edit->clear();
}

QWidget *ReferenceFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace AssertDesk::Ui
