#include "fieldeditors.h"

#include "fieldcatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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

namespace {

QHBoxLayout *bare(QWidget *w)
{
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    return l;
}

} // namespace

// --- text-like --------------------------------------------------------------------------------

LineFieldEditor::LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_shape(field.shape)
    , m_edit(new QLineEdit(this))
{
    bare(this)->addWidget(m_edit);
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
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QJsonValue LineFieldEditor::value() const
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

bool LineFieldEditor::setValue(const QJsonValue &value)
{
    if (value.isString()) {
        m_edit->setText(value.toString());
        return true;
    }
    if (value.isDouble() && m_shape == WriteShape::Number) {
        m_edit->setText(QString::number(value.toDouble(), 'g', 15));
        return true;
    }
    if (m_shape == WriteShape::Any || m_shape == WriteShape::Number) {
        const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        m_edit->setText(QString::fromUtf8(json.mid(1, json.size() - 2)));
        return true;
    }
    return false;
}

void LineFieldEditor::clear()
{
    m_edit->clear();
}

QWidget *LineFieldEditor::focusTarget()
{
    return m_edit;
}

// --- boolean ----------------------------------------------------------------------------------

BooleanFieldEditor::BooleanFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
{
    bare(this)->addWidget(m_combo);
    m_combo->addItem(tr("true"), true);
    m_combo->addItem(tr("false"), false);
    m_combo->setAccessibleName(field.label);
    m_combo->setObjectName(QStringLiteral("edit_") + field.name);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

QJsonValue BooleanFieldEditor::value() const
{
    return m_combo->currentData().toBool();
}

bool BooleanFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isBool())
        return false;
    m_combo->setCurrentIndex(value.toBool() ? 0 : 1);
    return true;
}

void BooleanFieldEditor::clear()
{
    m_combo->setCurrentIndex(0);
}

QWidget *BooleanFieldEditor::focusTarget()
{
    return m_combo;
}

// --- stage ------------------------------------------------------------------------------------

StageFieldEditor::StageFieldEditor(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
{
    bare(this)->addWidget(m_combo);
    m_combo->setEditable(true); // a workspace may have stages this list does not know
    m_combo->addItems(stages);
    m_combo->setCurrentIndex(-1);
    m_combo->setAccessibleName(field.label);
    m_combo->setObjectName(QStringLiteral("edit_") + field.name);
    m_combo->lineEdit()->setPlaceholderText(tr("stage API name, e.g. working"));
    connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::edited);
}

QJsonValue StageFieldEditor::value() const
{
    return m_combo->currentText();
}

bool StageFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentText(value.toString());
    return true;
}

void StageFieldEditor::clear()
{
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(-1);
    m_combo->clearEditText();
}

QWidget *StageFieldEditor::focusTarget()
{
    return m_combo;
}

// --- address ----------------------------------------------------------------------------------

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

// --- reference --------------------------------------------------------------------------------

ReferenceFieldEditor::ReferenceFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_form(new QComboBox(this))
    , m_edit(new QLineEdit(this))
{
    auto *l = bare(this);
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

// --- contact lists ----------------------------------------------------------------------------

ContactListFieldEditor::ContactListFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_key(field.shape == WriteShape::ContactEmails ? QStringLiteral("email") : QStringLiteral("phone_number"))
    , m_table(new QTableWidget(0, 3, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("edit_") + field.name);
    m_table->setAccessibleName(field.label);
    m_table->setHorizontalHeaderLabels({m_key == QLatin1String("email") ? tr("Email") : tr("Phone number"),
                                        tr("Primary"), tr("Labels (PERSONAL, WORK, MOBILE)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    m_table->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add row"), this);
    auto *remove = new QPushButton(tr("Remove row"), this);
    add->setAccessibleName(field.label + tr(": add row"));
    remove->setAccessibleName(field.label + tr(": remove row"));
    add->setObjectName(QStringLiteral("add_") + field.name);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, m_table->rowCount() == 0, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &FieldEditor::edited);
}

void ContactListFieldEditor::addRow(const QString &value, bool primary, const QString &labels)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(value));
    auto *primaryItem = new QTableWidgetItem;
    primaryItem->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    primaryItem->setCheckState(primary ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, 1, primaryItem);
    m_table->setItem(row, 2, new QTableWidgetItem(labels));
}

QJsonValue ContactListFieldEditor::value() const
{
    QJsonArray rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonArray labels;
        const QString text = m_table->item(r, 2) ? m_table->item(r, 2)->text() : QString();
        for (const QString &l : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels.append(l.trimmed().toUpper());
        rows.append(QJsonObject {{m_key, m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString()},
                                 {QStringLiteral("is_primary"), m_table->item(r, 1)->checkState() == Qt::Checked},
                                 {QStringLiteral("labels"), labels}});
    }
    return rows;
}

bool ContactListFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray rows = value.toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(m_key).isString())
            return false;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != m_key && it.key() != QLatin1String("is_primary") && it.key() != QLatin1String("labels"))
                return false;
    }
    m_table->setRowCount(0);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QStringList labels;
        for (const QJsonValue &l : o.value(QLatin1String("labels")).toArray())
            labels << l.toString();
        addRow(o.value(m_key).toString(), o.value(QLatin1String("is_primary")).toBool(),
               labels.join(QLatin1String(", ")));
    }
    return true;
}

void ContactListFieldEditor::clear()
{
    m_table->setRowCount(0);
}

QWidget *ContactListFieldEditor::focusTarget()
{
    return m_table;
}

} // namespace AssertDesk::Ui
