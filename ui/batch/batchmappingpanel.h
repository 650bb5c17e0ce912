#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace AssertDesk::Ui {

class MappingModel;

// The mapping side of the batch view: the file's columns in a table with a combo each (where the
// column goes), the match column, "an empty cell clears the field", and "Load mapping…" for a
// map file. It shows the mapping model; the view decides what a change does.
class BatchMappingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchMappingPanel)

public:
    explicit BatchMappingPanel(MappingModel *model, QWidget *parent = nullptr);

    bool emptyClears() const;
    void setEmptyClears(bool clears);
    QTableView *table() const { return m_table; }
    QComboBox *matchCombo() const { return m_match; }

Q_SIGNALS:
    void loadMappingRequested();
    void emptyClearsChanged(bool clears);

private:
    void modelReset();
    void showMapping();

    MappingModel *m_model;
    QTableView *m_table = nullptr;
    QComboBox *m_match = nullptr;
    QCheckBox *m_emptyClears = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_load = nullptr;
};

} // namespace AssertDesk::Ui
