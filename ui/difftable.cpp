#include "difftable.h"

#include "visibletext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AssertDesk::Ui {

using Contract::FieldChange;

namespace {

// A cell shows this many characters at most: the table stays compact beside the form.
constexpr int kCellChars = 48;

QTableWidgetItem *cell(const QString &text)
{
    const QString shown = text.size() > kCellChars ? text.left(kCellChars - 1) + QChar(0x2026) : text;
    auto *item = new QTableWidgetItem(shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

DiffTable::DiffTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("previewDiff"));
    setAccessibleName(tr("What the request changes, field by field"));
    setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After"), tr("Change")});
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The field and the kind as wide as they need; the values share the rest, elided.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Before, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(After, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    setWordWrap(false);
}

void DiffTable::showChanges(const QList<FieldChange> &changes)
{
    setRowCount(0);
    setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange &c = changes.at(row);
        setItem(row, Field, cell(c.field));
        setItem(row, Before, cell(valueText(c.before)));
        setItem(row, After, cell(valueText(c.after)));
        setItem(row, Kind, cell(kindText(c)));
        if (c.derived)
            item(row, Kind)->setToolTip(tr("Follows from the request: the server works this field out from the "
                                           "fields sent (a display name from the names, a primary email from the "
                                           "list)."));
    }
    // Tall enough for a few rows; more scroll.
    const int rows = std::min(int(changes.size()), 6);
    setFixedHeight(horizontalHeader()->height() + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth() + 2);
}

QString DiffTable::valueText(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    return text.isEmpty() ? QStringLiteral("\u2014") : Contract::visibleText(text);
}

QString DiffTable::kindText(const FieldChange &change)
{
    QString text;
    switch (change.kind) {
    case FieldChange::Kind::Set: text = tr("set"); break;
    case FieldChange::Kind::Change: text = tr("change"); break;
    case FieldChange::Kind::Clear: text = tr("clear"); break;
    case FieldChange::Kind::Same: text = tr("unchanged"); break;
    case FieldChange::Kind::Replace:
        text = tr("replace: %1 added, %2 removed").arg(change.added.size()).arg(change.removed.size());
        break;
    }
    // Short, so the before and after values keep their width; the tooltip says what it means.
    return change.derived ? tr("%1 (derived)").arg(text) : text;
}

} // namespace AssertDesk::Ui
