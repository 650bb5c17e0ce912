#include "contactlistfieldeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using Contract::WriteShape;

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
