#pragma once

#include "fieldchange.h"

#include <QTableWidget>

namespace AssertDesk::Ui {

// What an assert does to a contact, one row per field: the field, its value before and after,
// and how it changes (set, change, clear, unchanged, replace with rows added and removed; a
// derived side effect said as such). Long values are elided, the whole value in the tooltip;
// every server string is made visible (Contract::visibleText).
class DiffTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffTable)

public:
    enum Column { Field, Before, After, Kind, ColumnCount };

    explicit DiffTable(QWidget *parent = nullptr);

    void showChanges(const QList<Contract::FieldChange> &changes);
    // How a value reads in a cell: text as is, a list or an object as compact JSON, empty as "—".
    static QString valueText(const QJsonValue &value);
    static QString kindText(const Contract::FieldChange &change);
};

} // namespace AssertDesk::Ui
