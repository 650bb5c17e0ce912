#include "contacttimelinedialog.h"

#include "difftable.h"

#include "futures.h"
#include "historymodel.h"
#include "historyservice.h"
#include "visibletext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::History;
using Contract::FieldChange;

ContactTimelineDialog::ContactTimelineDialog(HistoryService *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_sends(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_diff(new DiffTable(this))
    , m_open(new QPushButton(tr("&Open entry"), this))
{
    setObjectName(QStringLiteral("contactTimeline"));
    setWindowTitle(tr("Contact timeline"));
    setAccessibleName(tr("Contact timeline"));
    buildLayout();
    connect(m_sends, &QTreeWidget::currentItemChanged, this, &ContactTimelineDialog::showCurrent);
    connect(m_sends, &QTreeWidget::itemActivated, this, &ContactTimelineDialog::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ContactTimelineDialog::openCurrent);
    resize(820, 520);
}

void ContactTimelineDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_title, m_status, m_detail}) {
        label->setTextFormat(Qt::PlainText); // it quotes ids and addresses from the history
        label->setWordWrap(true);
    }
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setAccessibleName(tr("Timeline status"));
    m_sends->setObjectName(QStringLiteral("timelineSends"));
    m_sends->setAccessibleName(tr("Sends to this contact, newest first"));
    m_sends->setHeaderLabels({tr("Sent"), tr("Profile"), tr("Outcome"), tr("Action"), tr("Fields changed")});
    m_sends->setRootIsDecorated(false);
    m_sends->setUniformRowHeights(true);
    m_sends->setAllColumnsShowFocus(true);
    m_sends->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sends->header()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("timelineDetail"));
    m_detail->setBuddy(m_diff);
    m_diff->setObjectName(QStringLiteral("timelineDiff"));
    m_diff->setAccessibleName(tr("What the chosen send changed, field by field"));
    m_open->setObjectName(QStringLiteral("timelineOpen"));
    m_open->setAccessibleName(tr("Open the chosen send as its history entry"));
    m_open->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_sends, 2);
    layout->addWidget(m_detail);
    layout->addWidget(m_diff);
    layout->addWidget(buttons);
}

void ContactTimelineDialog::showContact(const QString &contactId, const QString &matchValue, qint64 chosen)
{
    const int generation = ++m_generation;
    m_chosen = chosen;
    m_changes.clear();
    m_sends->clear();
    m_diff->showChanges({});
    m_open->setEnabled(false);
    m_title->setText(contactId.isEmpty() ? tr("Sends matched on %1").arg(Contract::visibleText(matchValue))
                                         : tr("Contact %1").arg(Contract::visibleText(contactId)));
    m_status->setText(tr("Reading the history…"));
    m_detail->clear();
    const auto answer
        = contactId.isEmpty() ? m_history->matchChanges(matchValue) : m_history->contactChanges(contactId);
    whenReady(answer, this, [this, generation](const QList<ContactChange> &changes) {
        if (generation == m_generation)
            fill(changes);
    });
}

void ContactTimelineDialog::fill(const QList<ContactChange> &changes)
{
    m_changes = changes;
    const QDate today = QDate::currentDate();
    for (const ContactChange &c : changes) {
        const HistoryRecord &r = c.record;
        QString outcome = Contract::visibleText(r.outcome);
        if (!r.errorCode.isEmpty())
            outcome += QStringLiteral(" (%1)").arg(Contract::visibleText(r.errorCode));
        const QString changed = changedText(c);
        auto *item = new QTreeWidgetItem(m_sends,
                                         {HistoryModel::sentText(r.sentAt, today), Contract::visibleText(r.profile),
                                          outcome, Contract::visibleText(r.action), changed});
        item->setData(Sent, Qt::UserRole, r.id);
        item->setToolTip(Sent, r.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setToolTip(Changed, changed);
    }
    const int n = int(changes.size());
    m_status->setText(n == 0       ? tr("The history has no sends to this contact.")
                          : n == 1 ? tr("1 send, from the history on this computer.")
                                   : tr("%n sends, newest first, from the history on this computer.", nullptr, n));
    // The send it was opened from is the one shown field by field; the newest otherwise.
    QTreeWidgetItem *current = m_sends->topLevelItem(0);
    for (int row = 0; row < m_sends->topLevelItemCount(); ++row)
        if (m_sends->topLevelItem(row)->data(Sent, Qt::UserRole).toLongLong() == m_chosen)
            current = m_sends->topLevelItem(row);
    if (current)
        m_sends->setCurrentItem(current);
    Q_EMIT loaded(int(changes.size()));
}

QString ContactTimelineDialog::changedText(const ContactChange &change)
{
    const HistoryRecord &r = change.record;
    const QString outcome = r.outcome;
    if (outcome == QLatin1String("rejected") || outcome == QLatin1String("not sent")
        || outcome == QLatin1String("cancelled"))
        return tr("Nothing: the send was not carried out.");
    QStringList parts;
    for (const FieldChange &f : change.changes) {
        if (!f.changes() || f.derived)
            continue;
        const QString after
            = f.kind == FieldChange::Kind::Replace ? DiffTable::kindText(f) : DiffTable::valueText(f.after);
        parts << (change.beforeKnown && f.kind != FieldChange::Kind::Replace
                      ? tr("%1: %2 → %3").arg(f.field, DiffTable::valueText(f.before), after)
                      : tr("%1 → %2").arg(f.field, after));
    }
    QString text = parts.isEmpty() ? tr("Nothing changed.") : parts.join(QLatin1String("; "));
    if (outcome != QLatin1String("succeeded"))
        text = tr("Perhaps (outcome unknown): %1").arg(text);
    else if (!change.beforeKnown && !parts.isEmpty())
        text += QLatin1Char(' ') + tr("(values before not kept)");
    return text;
}

void ContactTimelineDialog::showCurrent()
{
    const int row = m_sends->indexOfTopLevelItem(m_sends->currentItem());
    m_open->setEnabled(row >= 0);
    if (row < 0 || row >= m_changes.size())
        return;
    const ContactChange &c = m_changes.at(row);
    m_diff->showChanges(c.changes);
    m_detail->setText(c.beforeKnown
                          ? tr("Send #%1, field by field:").arg(c.record.id)
                          : tr("Send #%1, field by field (the values before it were not kept):").arg(c.record.id));
}

void ContactTimelineDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_sends->currentItem();
    if (item)
        Q_EMIT openRequested(item->data(Sent, Qt::UserRole).toLongLong());
}

} // namespace AssertDesk::Ui
