#include "batchmappingpanel.h"

#include "mappingdelegate.h"
#include "mappingmodel.h"
#include "notelabel.h"
#include "visibletext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

BatchMappingPanel::BatchMappingPanel(MappingModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Column mapping"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchMapping"));
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(MappingModel::TargetColumn, new MappingDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MappingModel::HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Each line's combo is always open and in the Tab order; the arrows in the table move between
    // lines without changing a combo (a combo with the focus would take them as a new choice), and
    // F2 puts the focus in the current line's combo.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("batchMappingError"));
    m_error->setWordWrap(true);
    // Through the palette, not a style sheet: the red lightens on a dark palette.
    paintNote(m_error, QColor(), QColor(0xb0, 0x00, 0x20), false, 0);
    m_error->hide();
    layout->addWidget(m_error);

    auto *form = new QFormLayout;
    // The panel is narrow beside the rows: a long choice goes under its label rather than being cut.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("batchMatch"));
    m_match->setAccessibleName(tr("Match column"));
    m_match->setToolTip(tr("The column whose email address says which contact a row is."));
    form->addRow(tr("Match column:"), m_match);
    layout->addLayout(form);
    m_emptyClears = new QCheckBox(tr("An empty cell clears the field"), this);
    m_emptyClears->setObjectName(QStringLiteral("batchEmptyClears"));
    m_emptyClears->setToolTip(tr("Off: an empty cell is not sent and the field keeps its value. On: it is sent as "
                                 "null and the field is cleared."));
    layout->addWidget(m_emptyClears);
    m_load = new QPushButton(tr("Load mapping…"), this);
    m_load->setObjectName(QStringLiteral("batchLoadMapping"));
    m_load->setToolTip(tr("A JSON map file: {\"columns\": {\"E-Mail\": \"primary_email\", \"Firma\": null}}"));
    layout->addWidget(m_load, 0, Qt::AlignLeft);

    connect(m_load, &QPushButton::clicked, this, &BatchMappingPanel::loadMappingRequested);
    connect(m_emptyClears, &QCheckBox::toggled, this, &BatchMappingPanel::emptyClearsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &BatchMappingPanel::modelReset);
    connect(model, &MappingModel::mappingChanged, this, &BatchMappingPanel::showMapping);
    connect(m_match, &QComboBox::activated, this, [this] { m_model->setMatch(m_match->currentData().toString()); });
}

bool BatchMappingPanel::emptyClears() const
{
    return m_emptyClears->isChecked();
}

void BatchMappingPanel::setEmptyClears(bool clears)
{
    m_emptyClears->setChecked(clears);
}

// Headers are few (a file's columns), so every line keeps its combo open: the combo is the line.
void BatchMappingPanel::modelReset()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_table->openPersistentEditor(m_model->index(row, MappingModel::TargetColumn));
    m_match->clear();
    m_match->addItem(tr("(automatic: the primary_email column)"), QString());
    for (const QString &header : m_model->header())
        m_match->addItem(Contract::visibleText(header), header);
    showMapping();
}

void BatchMappingPanel::showMapping()
{
    const int i = m_match->findData(m_model->choices().match(), Qt::UserRole, Qt::MatchFixedString);
    m_match->setCurrentIndex(i < 0 ? 0 : i);
    // At least as wide as the choice it shows (room for the arrow and the frame): the panel beside
    // the rows gives way to it rather than cutting "(automatic: …)" or a long column name short.
    m_match->setMinimumWidth(qMin(420, m_match->fontMetrics().horizontalAdvance(m_match->currentText()) + 44));
    const QString error = m_model->mappingError();
    m_error->setText(error.isEmpty() ? QString()
                                     : tr("This mapping cannot be used: %1").arg(Contract::visibleText(error)));
    m_error->setVisible(!error.isEmpty());
}

} // namespace AssertDesk::Ui
