#include "addressfieldeditor.h"

#include "fieldcatalogue.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace AssertDesk::Ui {

AddressFieldEditor::AddressFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    const QStringList labels {tr("Street"), tr("Street 2"), tr("City"), tr("State"), tr("Country"), tr("ZIP")};
    for (int i = 0; i < keys.size(); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("edit_address_") + keys.at(i));
        edit->setPlaceholderText(labels.at(i));
        edit->setAccessibleName(field.label + QLatin1Char(' ') + labels.at(i));
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        grid->addWidget(edit, i / 2, i % 2);
        m_parts << edit;
    }
}

QJsonValue AddressFieldEditor::value() const
{
    QJsonObject o;
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    for (int i = 0; i < keys.size(); ++i)
        if (!m_parts.at(i)->text().isEmpty())
            o.insert(keys.at(i), m_parts.at(i)->text());
    return o;
}

bool AddressFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()) || !(it.value().isString() || it.value().isNull()))
            return false; // not representable here: the JSON tab keeps it
    for (int i = 0; i < keys.size(); ++i)
        m_parts.at(i)->setText(o.value(keys.at(i)).toString());
    return true;
}

void AddressFieldEditor::clear()
{
    for (QLineEdit *e : std::as_const(m_parts))
        e->clear();
}

QWidget *AddressFieldEditor::focusTarget()
{
    return m_parts.first();
}

} // namespace AssertDesk::Ui
