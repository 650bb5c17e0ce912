#include "mappingmodel.h"

#include "visibletext.h"

#include <QFont>

namespace AssertDesk::Ui {

using namespace AssertDesk::Batch;

namespace {

constexpr int kNumberedTargets = 5;

// What ColumnMapping::chooseMatch takes by default: a column sent as primary_email or email_n.
bool hasDefaultMatch(const ColumnMapping &mapping)
{
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const ColumnTarget &t = mapping.column(i).target;
        if ((t.kind == ColumnTarget::Kind::Field && t.name == QLatin1String("primary_email"))
            || t.kind == ColumnTarget::Kind::ContactEmail)
            return true;
    }
    return false;
}

} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(Contract::FieldCatalogue::builtIn())
{
}

void MappingModel::setHeader(const QStringList &header, const Contract::FieldCatalogue &catalogue,
                             const MappingChoices &choices)
{
    beginResetModel();
    m_header = header;
    m_catalogue = catalogue;
    m_choices = choices;
    remap();
    endResetModel();
    Q_EMIT mappingChanged();
}

void MappingModel::mergeChoices(const MappingChoices &choices)
{
    beginResetModel();
    m_choices.merge(choices);
    remap();
    endResetModel();
    Q_EMIT mappingChanged();
}

void MappingModel::setMatch(const QString &column)
{
    if (column.trimmed() == m_choices.match())
        return;
    m_choices.setMatch(column);
    remap();
    Q_EMIT mappingChanged();
}

// Made as the command line makes it: by name first, then the choices, the match, the checks.
void MappingModel::remap()
{
    m_mapping = ColumnMapping::automatic(m_header, m_catalogue);
    m_notes.clear();
    m_error.clear();
    if (!m_mapping.apply(m_choices, m_catalogue, &m_notes, &m_error))
        return;
    // The command line's words for a missing match name its options; here it is the table.
    if (m_choices.match().isEmpty() && !hasDefaultMatch(m_mapping)) {
        m_error = tr("no column is sent as primary_email or email_1, so none says which contact a row is: choose "
                     "one in the table, or a match column below.");
        return;
    }
    if (!m_mapping.chooseMatch(m_choices.match(), m_catalogue, &m_error) || !m_mapping.check(&m_error)) {
        if (m_error.isEmpty())
            m_error = tr("This mapping cannot be used.");
    }
}

QStringList MappingModel::targets() const
{
    QStringList out;
    int emails = kNumberedTargets;
    int phones = kNumberedTargets;
    for (qsizetype i = 0; i < m_mapping.size(); ++i) {
        const ColumnTarget &t = m_mapping.column(i).target;
        if (t.kind == ColumnTarget::Kind::ContactEmail)
            emails = std::max(emails, t.index);
        if (t.kind == ColumnTarget::Kind::ContactPhone)
            phones = std::max(phones, t.index);
    }
    for (const Contract::FieldSpec &field : m_catalogue.writableFields()) {
        out.append(field.name);
        if (field.shape == Contract::WriteShape::Address)
            for (const QString &part : Contract::FieldCatalogue::addressKeys())
                out.append(field.name + QLatin1Char('.') + part);
        if (field.shape == Contract::WriteShape::ContactEmails)
            for (int n = 1; n <= emails; ++n)
                out.append(QStringLiteral("email_%1").arg(n));
        if (field.shape == Contract::WriteShape::ContactPhoneNumbers)
            for (int n = 1; n <= phones; ++n)
                out.append(QStringLiteral("phone_%1").arg(n));
    }
    return out;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mapping.size())
        return {};
    const ColumnMapping::Column &column = m_mapping.column(index.row());
    if (index.column() == HeaderColumn) {
        if (role == Qt::DisplayRole)
            return Contract::visibleText(m_mapping.columnName(index.row()));
        if (role == Qt::FontRole && index.row() == m_mapping.matchColumn()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole && index.row() == m_mapping.matchColumn())
            return tr("The match column: its address says which contact a row is.");
        return {};
    }
    if (role == Qt::EditRole)
        return column.target.text();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (column.target.sends())
            return column.target.text();
        return column.target.kind == ColumnTarget::Kind::Unmapped ? tr("(not sent: no field of this name)")
                                                                  : tr("(not sent)");
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TargetColumn || role != Qt::EditRole)
        return false;
    const QString target = value.toString();
    const ColumnMapping::Column &column = m_mapping.column(index.row());
    if (target == column.target.text())
        return false;
    m_choices.set(column.header, target.isEmpty() ? std::nullopt : std::optional<QString>(target));
    remap();
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == HeaderColumn ? tr("Column in the file") : tr("Sent as");
}

} // namespace AssertDesk::Ui
