#pragma once

#include "columnmapping.h"
#include "fieldcatalogue.h"
#include "mappingchoices.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace AssertDesk::Ui {

// The column mapping being chosen: one line per header with the field it goes to. A header named
// as a field maps itself; a person's choices (saved for this header set, loaded from a map file,
// or picked in the table) go over that, as the command line's --map does. Every change makes the
// mapping again and says whether it can be used (mappingError()).
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column { HeaderColumn, TargetColumn, ColumnCount };

    explicit MappingModel(QObject *parent = nullptr);

    void setHeader(const QStringList &header, const Contract::FieldCatalogue &catalogue,
                   const Batch::MappingChoices &choices);
    // Choices over the current ones, column by column (a map file).
    void mergeChoices(const Batch::MappingChoices &choices);
    void setMatch(const QString &column);
    // Whether an empty cell clears its field: part of how the file is read, kept beside the mapping.
    const Batch::MappingChoices &choices() const { return m_choices; }
    const Batch::ColumnMapping &mapping() const { return m_mapping; }
    QStringList header() const { return m_header; }
    // Empty when the mapping can be used; else what is wrong with it.
    QString mappingError() const { return m_error; }
    QStringList notes() const { return m_notes; }

    // The places a column can go, as the combo lists them: each writable field, each address
    // part, email_1 ... email_5 and phone_1 ... phone_5 (more when a header names them).
    QStringList targets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The mapping was made again (a choice changed).
    void mappingChanged();

private:
    void remap();

    QStringList m_header;
    Contract::FieldCatalogue m_catalogue;
    Batch::MappingChoices m_choices;
    Batch::ColumnMapping m_mapping;
    QString m_error;
    QStringList m_notes;
};

} // namespace AssertDesk::Ui
