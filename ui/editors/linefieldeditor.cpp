#include "linefieldeditor.h"

#include "barelayout.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>

namespace AssertDesk::Ui {

using Contract::WriteShape;

LineFieldEditor::LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_shape(field.shape)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
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
    watchText(m_edit);
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
