#include "historymodel.h"

#include "futures.h"
#include "visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::History {

HistoryModel::HistoryModel(HistoryService *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
}

qint64 HistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const HistoryRecord *HistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString HistoryModel::columnKey(int column)
{
    static const char *const keys[ColumnCount]
        = {"sent", "email", "outcome", "action", "profile", "contact", "matched", "http", "error"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QString HistoryModel::sentText(const QDateTime &sentAt, const QDate &today)
{
    const QDateTime local = sentAt.toLocalTime();
    // The seconds tell today's sends apart; older ones are told apart by their day first.
    return local.date() == today ? local.toString(QStringLiteral("HH:mm:ss"))
                                 : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

// What the server said it matched an update on ({"contact_emails": "a@x"}); nothing for a create,
// which matched nothing, or a send without an answer.
QString matchedByText(const HistoryRecord &r)
{
    if (r.action != QLatin1String("updated"))
        return {};
    QStringList parts;
    for (auto it = r.matchedOn.constBegin(); it != r.matchedOn.constEnd(); ++it) {
        const QString value = it.value().isString()
            ? it.value().toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        parts << it.key() + QStringLiteral(" = ") + value;
    }
    return Contract::visibleText(parts.join(QLatin1String("; ")));
}

} // namespace

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_history;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    m_loading = true;
    const int generation = m_generation;
    whenReady(m_history->list(m_filter, kPageSize, before), this,
              [this, generation](const HistoryService::ListResult &r) {
                  if (generation != m_generation)
                      return;
                  // What could not be read is told through the service's noticed(); the page is what could.
                  const QList<HistoryRecord> &page = r.rows;
                  m_loading = false;
                  if (page.size() < kPageSize)
                      m_atEnd = true;
                  if (!page.isEmpty()) {
                      beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                      m_rows += page;
                      endInsertRows();
                  }
                  Q_EMIT pageLoaded(int(page.size()));
              });
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Sent)
        return r.sentAt.toUTC().toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && index.column() == Error) {
        // A tooltip renders what looks like HTML: a server's message is shown as text.
        const QString text = Contract::visibleText(r.errorMessage, true);
        return text.contains(QLatin1Char('<'))
            ? QString(QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>"))
            : text;
    }
    // A send whose outcome was not the one predicted is marked, and says how in its tooltip.
    if (role == Qt::ToolTipRole && index.column() == Outcome && !r.surprise.isEmpty())
        return tr("Surprise: %1").arg(Contract::visibleText(r.surprise));
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Outcome && !r.surprise.isEmpty())
        return tr("%1 (surprise)").arg(Contract::visibleText(r.outcome));
    switch (Column(index.column())) {
    case Sent: return sentText(r.sentAt, QDate::currentDate());
    case Profile: return Contract::visibleText(r.profile);
    case Outcome: return Contract::visibleText(r.outcome);
    case Status: return r.httpStatus ? QVariant(r.httpStatus) : QVariant();
    case Action: return Contract::visibleText(r.action);
    case Match: return Contract::visibleText(r.matchValue);
    case Contact: return Contract::visibleText(r.contactId);
    case MatchedBy: return matchedByText(r);
    case Error: return Contract::visibleText(r.errorCode);
    case ColumnCount: break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sent: return tr("Sent");
    case Profile: return tr("Profile");
    case Outcome: return tr("Outcome");
    case Status: return tr("HTTP");
    case Action: return tr("Action");
    // The value the request was matched on: the contact's address, whatever happened.
    case Match: return tr("Email");
    case MatchedBy: return tr("Matched by");
    case Contact: return tr("Contact id");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace AssertDesk::History
