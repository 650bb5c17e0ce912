#include "addressfieldeditor.h"

#include "fieldcatalogue.h"
#include "partarrows.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace AssertDesk::Ui {

AddressFieldEditor::AddressFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_placeholders {tr("Street"), tr("Street 2"), tr("City"), tr("State"), tr("Country"), tr("ZIP")}
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("edit_address_") + keys.at(i));
        edit->setPlaceholderText(m_placeholders.at(i));
        edit->setAccessibleName(field.label + QLatin1Char(' ') + m_placeholders.at(i));
        watchText(edit, [this, i] {
            m_typedInto[i] = true;
            m_parts.at(i)->setPlaceholderText(m_placeholders.at(i)); // emptied now means left out
        });
        grid->addWidget(edit, i / 2, i % 2);
        m_parts << edit;
        m_typedInto << false;
    }
    // One Tab stop for the six parts (Street); the arrows reach the others, as they are laid out.
    new PartArrows({m_parts.cbegin(), m_parts.cend()}, 2, m_parts.first(), this);
    const QString keyHint = tr("Arrow keys move between the parts of the address.");
    for (QLineEdit *part : std::as_const(m_parts))
        part->setAccessibleDescription(keyHint);
    // The form shows a problem in the first part's description; this hint comes back after it.
    m_parts.first()->setProperty("keyHint", keyHint);
    m_parts.first()->setToolTip(keyHint);
}

QJsonValue AddressFieldEditor::shownValue() const
{
    QJsonObject o = given().toObject();
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    for (int i = 0; i < keys.size(); ++i) {
        if (!m_typedInto.at(i) && o.contains(keys.at(i)))
            continue;
        if (m_parts.at(i)->text().isEmpty())
            o.remove(keys.at(i));
        else
            o.insert(keys.at(i), m_parts.at(i)->text());
    }
    return o;
}

bool AddressFieldEditor::showValue(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const QStringList keys = Contract::FieldCatalogue::addressKeys();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()) || !(it.value().isString() || it.value().isNull()))
            return false; // not representable here: the JSON tab keeps it
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue part = o.value(keys.at(i));
        m_parts.at(i)->setText(part.toString());
        // A part set to null (it clears that part) or to empty text looks empty: the placeholder
        // tells them apart from a part not given.
        QString placeholder = m_placeholders.at(i);
        if (part.isNull())
            placeholder = tr("%1: null").arg(placeholder);
        else if (part.isString() && part.toString().isEmpty())
            placeholder = tr("%1: empty text").arg(placeholder);
        m_parts.at(i)->setPlaceholderText(placeholder);
        m_typedInto[i] = false;
    }
    return true;
}

void AddressFieldEditor::clearShown()
{
    for (int i = 0; i < m_parts.size(); ++i) {
        m_parts.at(i)->clear();
        m_parts.at(i)->setPlaceholderText(m_placeholders.at(i));
        m_typedInto[i] = false;
    }
}

QWidget *AddressFieldEditor::focusTarget()
{
    return m_parts.first();
}

} // namespace AssertDesk::Ui
