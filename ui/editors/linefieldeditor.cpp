#include "linefieldeditor.h"

#include "barelayout.h"
#include "phonehint.h"
#include "phonenumbers.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using Contract::WriteShape;

LineFieldEditor::LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_shape(field.shape)
    , m_edit(new QLineEdit(this))
{
    if (field.shape == WriteShape::Phone) {
        auto *column = new QVBoxLayout(this);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(m_edit);
        m_phoneHint = PhoneHint::makeLabel(field.name, this);
        m_phoneHint->setAccessibleName(tr("%1: what will be sent").arg(field.label));
        column->addWidget(m_phoneHint);
    } else {
        bareLayout(this)->addWidget(m_edit);
    }
    m_edit->setAccessibleName(field.label);
    m_edit->setObjectName(QStringLiteral("edit_") + field.name);
    switch (field.shape) {
    case WriteShape::Email: m_edit->setPlaceholderText(tr("name@example.com")); break;
    case WriteShape::Phone: m_edit->setPlaceholderText(tr("+14155551234")); break;
    case WriteShape::Url: m_edit->setPlaceholderText(tr("https://")); break;
    case WriteShape::Number: m_edit->setPlaceholderText(tr("a number")); break;
    case WriteShape::Any: m_edit->setPlaceholderText(tr("any JSON value, e.g. \"text\", 12 or {\"a\": 1}")); break;
    default: break;
    }
    // What is typed is read in the phone region of the moment (before edited(): the value follows).
    watchText(m_edit, [this] { m_readRegion = m_phoneRegion; });
    // After edited(), so the hint describes the value the edit made.
    if (m_phoneHint)
        connect(this, &FieldEditor::edited, this, &LineFieldEditor::updatePhoneHint);
}

void LineFieldEditor::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    if (!isEdited() || !Contract::PhoneNumbers::read(m_edit->text(), m_readRegion).isValid())
        m_readRegion = region;
    updatePhoneHint();
}

void LineFieldEditor::valueReplaced()
{
    m_readRegion = m_phoneRegion;
    updatePhoneHint();
}

void LineFieldEditor::updatePhoneHint()
{
    if (m_phoneHint)
        PhoneHint::show(m_phoneHint, PhoneHint::of(m_edit->text(), value().toString(), m_readRegion));
}

QJsonValue LineFieldEditor::shownValue() const
{
    const QString text = m_edit->text();
    if (m_shape == WriteShape::Number) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text); // a non-number is sent as typed and flagged
    }
    if (m_shape == WriteShape::Any) {
        // Whatever JSON was typed; plain words are taken as text.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
        return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
    }
    if (m_shape == WriteShape::Phone) // what the user typed stays in the field; the body gets E.164
        return Contract::PhoneNumbers::read(text, m_readRegion).sendable(text);
    return text;
}

bool LineFieldEditor::showValue(const QJsonValue &value)
{
    if (value.isString()) {
        if (value.toString().size() > m_edit->maxLength())
            return false; // the line would cut it short
        m_edit->setText(value.toString());
        return true;
    }
    if (value.isDouble() && m_shape == WriteShape::Number) {
        m_edit->setText(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        return true;
    }
    if (m_shape == WriteShape::Any || m_shape == WriteShape::Number) {
        const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        m_edit->setText(QString::fromUtf8(json.mid(1, json.size() - 2)));
        return true;
    }
    return false;
}

void LineFieldEditor::clearShown()
{
    m_edit->clear();
}

QWidget *LineFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace AssertDesk::Ui
