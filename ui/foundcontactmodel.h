#pragma once

#include "foundcontact.h"

#include <QAbstractTableModel>

namespace AssertDesk::Ui {

// The contacts a lookup found, one row each: name, primary email, stage, last updated (local
// time, UTC in the tooltip). Rows are only added, a page at a time, until the next search.
class FoundContactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FoundContactModel)

public:
    enum Column { NameColumn, EmailColumn, StageColumn, UpdatedColumn, ColumnCount };

    explicit FoundContactModel(QObject *parent = nullptr);

    void clear();
    void append(const Session::FoundContacts &contacts);
    // Null for a row that is not there.
    const Session::FoundContact *contactAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString updatedText(const Session::FoundContact &c) const;

    Session::FoundContacts m_contacts;
};

} // namespace AssertDesk::Ui
