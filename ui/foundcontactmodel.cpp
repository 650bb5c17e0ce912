#include "foundcontactmodel.h"
#include "localtime.h"

#include <QFont>
#include <QLocale>

namespace AssertDesk::Ui {

using Session::FoundContact;

FoundContactModel::FoundContactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FoundContactModel::clear()
{
    beginResetModel();
    m_contacts.clear();
    endResetModel();
}

void FoundContactModel::append(const Session::FoundContacts &contacts)
{
    if (contacts.isEmpty())
        return;
    const int first = int(m_contacts.size());
    beginInsertRows({}, first, first + int(contacts.size()) - 1);
    m_contacts += contacts;
    endInsertRows();
}

const FoundContact *FoundContactModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? &m_contacts.at(row) : nullptr;
}

int FoundContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int FoundContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FoundContactModel::updatedText(const FoundContact &c) const
{
    if (c.updatedAt.isValid())
        return LocalTime::text(c.updatedAt);
    return c.updatedAtText;
}

QVariant FoundContactModel::data(const QModelIndex &index, int role) const
{
    const FoundContact *c = index.isValid() ? contactAt(index.row()) : nullptr;
    if (!c)
        return {};
    const bool unnamed = index.column() == NameColumn && c->name.isEmpty();
    if (role == Qt::FontRole && unnamed) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && index.column() == UpdatedColumn && c->updatedAt.isValid())
        return LocalTime::utc(c->updatedAt);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return unnamed ? tr("(no name)") : c->name;
    case EmailColumn: return c->primaryEmail;
    case StageColumn: return c->stage;
    case UpdatedColumn: return updatedText(*c);
    default: return {};
    }
}

QVariant FoundContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Primary email");
    case StageColumn: return tr("Stage");
    case UpdatedColumn: return tr("Last updated");
    default: return {};
    }
}

} // namespace AssertDesk::Ui
