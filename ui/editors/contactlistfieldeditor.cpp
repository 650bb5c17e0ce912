#include "contactlistfieldeditor.h"

#include "fieldcatalogue.h"
#include "labelsdelegate.h"
#include "phonehint.h"
#include "phonenumbers.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace AssertDesk::Ui {

using Contract::WriteShape;

namespace {

enum Column { ValueColumn, PrimaryColumn, LabelsColumn };
constexpr int givenRole = Qt::UserRole;      // on the value cell: the row as given
constexpr int newRowRole = Qt::UserRole + 1; // on the value cell: added here, not given
constexpr int editedRole = Qt::UserRole + 2; // on a cell: the user changed it
// On a phone number's cell: the region it was read in, the phone region when it was typed. A new
// phone region re-reads only a number that could not be read, never moves one to another country.
constexpr int regionRole = Qt::UserRole + 3;

const QLatin1String primaryKey("is_primary");
const QLatin1String labelsKey("labels");

QString jsonText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Labels the cell can show as "WORK, MOBILE" and read back the same: plain words.
bool labelsFitTheCell(const QJsonValue &labels)
{
    if (labels.isUndefined())
        return true;
    if (!labels.isArray())
        return false;
    for (const QJsonValue &l : labels.toArray()) {
        const QString s = l.toString();
        if (!l.isString() || s.isEmpty() || s.trimmed() != s || s.contains(QLatin1Char(',')))
            return false;
    }
    return true;
}

// What a person types into the labels cell: words split at commas, in capitals as the API has them.
QJsonArray labelsTyped(const QString &text)
{
    QJsonArray labels;
    for (const QString &l : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            labels.append(l.trimmed().toUpper());
    return labels;
}

QTableWidgetItem *shownAsWritten(const QJsonValue &value, const QString &why)
{
    auto *item = new QTableWidgetItem(jsonText(value));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
    item->setToolTip(why);
    return item;
}

QTableWidgetItem *primaryItem(const QJsonValue &primary)
{
    if (!primary.isUndefined() && !primary.isBool())
        return shownAsWritten(primary,
                              QCoreApplication::translate("AssertDesk::Ui::ContactListFieldEditor",
                                                          "Sent as written: is_primary is not true or false. "
                                                          "Change it in the JSON tab."));
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(primary.toBool() ? Qt::Checked : Qt::Unchecked);
    if (primary.isUndefined())
        item->setToolTip(QCoreApplication::translate("AssertDesk::Ui::ContactListFieldEditor",
                                                     "is_primary is not in the request; tick or untick to add it."));
    return item;
}

QTableWidgetItem *labelsItem(const QJsonValue &labels)
{
    if (!labelsFitTheCell(labels))
        return shownAsWritten(
            labels,
            QCoreApplication::translate("AssertDesk::Ui::ContactListFieldEditor",
                                        "Sent as written: these labels are not a list of plain words. "
                                        "Change them in the JSON tab."));
    QStringList words;
    for (const QJsonValue &l : labels.toArray())
        words << l.toString();
    auto *item = new QTableWidgetItem(words.join(QLatin1String(", ")));
    if (labels.isUndefined())
        item->setToolTip(QCoreApplication::translate("AssertDesk::Ui::ContactListFieldEditor",
                                                     "labels is not in the request; type labels to add it."));
    return item;
}

} // namespace

ContactListFieldEditor::ContactListFieldEditor(const Contract::FieldSpec &field, QWidget *parent)
    : FieldEditor(parent)
    , m_key(field.shape == WriteShape::ContactEmails ? QStringLiteral("email") : QStringLiteral("phone_number"))
    , m_table(new QTableWidget(0, 3, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("edit_") + field.name);
    m_table->setAccessibleName(field.label);
    const QStringList allowed = Contract::FieldCatalogue::emailLabels();
    m_table->setHorizontalHeaderLabels(
        {m_key == QLatin1String("email") ? tr("Email") : tr("Phone number"), tr("Primary"), tr("Labels")});
    // The allowed labels are offered in the cell's combo box and named here, not in the header,
    // which cut them off at every width.
    m_table->horizontalHeaderItem(LabelsColumn)
        ->setToolTip(tr("Allowed labels: %1. Several are written with commas.").arg(allowed.join(QLatin1String(", "))));
    m_table->setItemDelegateForColumn(LabelsColumn, new LabelsDelegate(allowed, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PrimaryColumn, QHeaderView::ResizeToContents);
    // Room for the longest label and the menu's arrow while the cell is edited (two labels scroll
    // in it); wider took the phone number's own heading in German. The user can widen it.
    m_table->horizontalHeader()->setSectionResizeMode(LabelsColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        LabelsColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("PERSONAL")) + 28);
    m_table->installEventFilter(this);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    m_table->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add row"), this);
    auto *remove = new QPushButton(tr("Remove row"), this);
    add->setAccessibleName(field.label + tr(": add row"));
    remove->setAccessibleName(field.label + tr(": remove row"));
    add->setObjectName(QStringLiteral("add_") + field.name);
    remove->setObjectName(QStringLiteral("remove_") + field.name);
    // Not Tab stops: the row is its box and its table, and in the table Insert and Delete do what
    // the buttons do.
    add->setFocusPolicy(Qt::ClickFocus);
    remove->setFocusPolicy(Qt::ClickFocus);
    add->setToolTip(tr("Add a row (Insert in the table)"));
    remove->setToolTip(tr("Remove the selected row (Delete in the table)"));
    const QString keyHint = tr("Insert adds a row; Delete removes the selected row.");
    m_table->setAccessibleDescription(keyHint);
    m_table->setProperty("keyHint", keyHint);
    m_table->setToolTip(keyHint);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    if (m_key == QLatin1String("phone_number")) {
        m_phoneHint = PhoneHint::makeLabel(field.name, this);
        m_phoneHint->setAccessibleName(tr("%1: what will be sent").arg(field.label));
        layout->addWidget(m_phoneHint);
    }
    connect(add, &QPushButton::clicked, this, &ContactListFieldEditor::addNewRow);
    connect(remove, &QPushButton::clicked, this, &ContactListFieldEditor::removeCurrentRow);
    // Actions, so Help › Keyboard shortcuts lists them; on the table alone, so a cell being edited
    // keeps Delete for its text.
    for (const auto &[text, key, slot] :
         {std::tuple {tr("Add row"), Qt::Key_Insert, &ContactListFieldEditor::addNewRow},
          std::tuple {tr("Remove row"), Qt::Key_Delete, &ContactListFieldEditor::removeCurrentRow}}) {
        auto *action = new QAction(text, m_table);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    }
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        {
            const QSignalBlocker block(m_table);
            item->setData(editedRole, true);
            if (item->column() == ValueColumn)
                item->setData(regionRole, m_phoneRegion);
        }
        Q_EMIT edited();
        updatePhoneHint();
    });
}

void ContactListFieldEditor::addNewRow()
{
    addRow({{primaryKey, m_table->rowCount() == 0}}, true);
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    Q_EMIT edited();
}

void ContactListFieldEditor::removeCurrentRow()
{
    if (m_table->currentRow() < 0)
        return;
    m_table->removeRow(m_table->currentRow());
    Q_EMIT edited();
    updatePhoneHint();
}

void ContactListFieldEditor::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *value = m_table->item(r, ValueColumn);
        const bool typed = value->data(newRowRole).toBool() || value->data(editedRole).toBool();
        if (!typed || !Contract::PhoneNumbers::read(value->text(), value->data(regionRole).toString()).isValid())
            value->setData(regionRole, region);
    }
    updatePhoneHint();
}

// One line per row that has something to say: the E.164 form it sends, or that it cannot be valid.
void ContactListFieldEditor::updatePhoneHint()
{
    if (!m_phoneHint)
        return;
    const QJsonArray sent = value().toArray();
    QStringList lines;
    bool problem = false;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *value = m_table->item(r, ValueColumn);
        const PhoneHint::Text hint = PhoneHint::of(value->text(), sent.at(r).toObject().value(m_key).toString(),
                                                   value->data(regionRole).toString());
        if (!hint.text.isEmpty())
            lines << tr("Row %1: %2").arg(r + 1).arg(hint.text);
        problem = problem || hint.problem;
    }
    PhoneHint::show(m_phoneHint, {lines.join(QLatin1Char('\n')), problem});
}

void ContactListFieldEditor::addRow(const QJsonObject &given, bool isNew)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *value = new QTableWidgetItem(given.value(m_key).toString());
    value->setData(givenRole, given);
    value->setData(newRowRole, isNew);
    value->setData(regionRole, m_phoneRegion);
    m_table->setItem(row, ValueColumn, value);
    m_table->setItem(row, PrimaryColumn, primaryItem(given.value(primaryKey)));
    m_table->setItem(row, LabelsColumn, labelsItem(isNew ? QJsonValue(QJsonArray {}) : given.value(labelsKey)));
}

QJsonObject ContactListFieldEditor::rowValue(int row) const
{
    const QTableWidgetItem *value = m_table->item(row, ValueColumn);
    const QTableWidgetItem *primary = m_table->item(row, PrimaryColumn);
    const QTableWidgetItem *labels = m_table->item(row, LabelsColumn);
    const bool isNew = value->data(newRowRole).toBool();
    QJsonObject o = value->data(givenRole).toJsonObject();
    // A number typed here is sent in E.164; one the user did not touch, as it was written.
    const bool typed = isNew || value->data(editedRole).toBool();
    o.insert(
        m_key,
        typed && m_phoneHint
            ? Contract::PhoneNumbers::read(value->text(), value->data(regionRole).toString()).sendable(value->text())
            : value->text());
    if (isNew || primary->data(editedRole).toBool())
        o.insert(primaryKey, primary->checkState() == Qt::Checked);
    if (isNew || labels->data(editedRole).toBool())
        o.insert(labelsKey, labelsTyped(labels->text()));
    return o;
}

QJsonValue ContactListFieldEditor::shownValue() const
{
    QJsonArray rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        rows.append(rowValue(r));
    return rows;
}

bool ContactListFieldEditor::showValue(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray rows = value.toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(m_key).isString())
            return false;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != m_key && it.key() != primaryKey && it.key() != labelsKey)
                return false;
    }
    m_table->setRowCount(0);
    for (const QJsonValue &v : rows)
        addRow(v.toObject(), false);
    return true;
}

void ContactListFieldEditor::clearShown()
{
    m_table->setRowCount(0);
}

QWidget *ContactListFieldEditor::focusTarget()
{
    return m_table;
}

// Tab walks the cells of the current row (the value, primary, the labels) and then leaves the
// table; Shift+Tab the other way. Other rows are an arrow key away. Left to the table, Tab either
// skipped the row's cells or, with tab navigation on, never left the table.
bool ContactListFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return FieldEditor::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);

    const bool back = key->key() == Qt::Key_Backtab;
    if ((key->key() != Qt::Key_Tab && !back) || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return FieldEditor::eventFilter(watched, event);
    const QModelIndex current = m_table->currentIndex();
    const int column = current.isValid() ? current.column() + (back ? -1 : 1) : -1;
    if (column < ValueColumn || column > LabelsColumn)
        return FieldEditor::eventFilter(watched, event);
    m_table->setCurrentCell(current.row(), column);
    return true;
}

} // namespace AssertDesk::Ui
