#include "historystore.h"

#include "historylog.h"

#include <QCoreApplication>
#include <QFile>

// Answers the history could not take when they came: kept in memory and beside the history, and
// written in as soon as it can take them.
namespace AssertDesk::History {

namespace {

constexpr qint64 kKeptScanEveryMs = 10000;

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QString describeAnswer(const Contract::SendResult &result, const QString &contactId, const QString &action)
{
    QString what = Contract::outcomeName(result.outcome);
    if (result.httpStatus > 0)
        what += QStringLiteral(", HTTP %1").arg(result.httpStatus);
    if (!contactId.isEmpty())
        what += action.isEmpty() ? Tr::tr(", contact %1").arg(contactId)
                                 : Tr::tr(", contact %1 %2").arg(contactId, action);
    return what;
}

} // namespace

QString HistoryStore::keptFile(qint64 id) const
{
    const QString path = KeptOutcome::pathFor(m_dir, id);
    return QFile::exists(path) ? path : QString();
}

QString HistoryStore::keepAside(qint64 id, const Contract::SendResult &result, const QString &contactId,
                                const QString &action, const QString &writeError)
{
    const std::optional<HistoryRecord> row = record(id);
    const KeptOutcome kept(id, row ? row->sentAt : QDateTime(), result, contactId, action);
    m_kept.insert(id, kept);
    QString saveError;
    const bool saved = kept.save(m_dir, &saveError);
    const QString what = describeAnswer(result, contactId, action);
    QString message;
    if (saved)
        message = Tr::tr("The history could not record the answer to entry %1 (%2). The answer (%3) is kept in %4 and "
                         "will be written into the history as soon as it can be, at the latest when the history is "
                         "next opened; until then entry %1 shows it as in flight.")
                      .arg(id)
                      .arg(writeError, what, KeptOutcome::pathFor(m_dir, id));
    else
        message = Tr::tr("The history could not record the answer to entry %1 (%2), and the answer (%3) could not be "
                         "kept beside it either (%4): it is kept in memory only, and lost when this program ends.")
                      .arg(id)
                      .arg(writeError, what, saveError);
    qCWarning(lcStore).noquote() << "answer to history entry" << id << "kept aside:" << writeError
                                 << (saved ? QString() : QStringLiteral("(and not in a file: %1)").arg(saveError));
    m_notices << message;
    return message;
}

void HistoryStore::writeKept()
{
    QList<qint64> ids = m_kept.keys();
    // The folder is listed at the opening and then at most every few seconds: listing it at every
    // write cost more than the write. Only this process (the history's one writer) keeps answers
    // there meanwhile, and those are in m_kept too.
    if (!m_keptScan.isValid() || m_keptScan.hasExpired(kKeptScanEveryMs)) {
        m_keptScan.start();
        for (const qint64 id : KeptOutcome::idsIn(m_dir))
            if (!ids.contains(id))
                ids << id;
    }
    for (const qint64 id : std::as_const(ids)) {
        QString error;
        std::optional<KeptOutcome> kept
            = m_kept.contains(id) ? std::optional(m_kept.value(id)) : KeptOutcome::load(m_dir, id, &error);
        if (!kept) {
            qCWarning(lcStore) << "kept answer unreadable:" << error;
            continue;
        }
        // Only into the row it was kept for: not into a row of the same number in a history
        // started since (the old one vanished or was set aside).
        const std::optional<HistoryRecord> row = record(id);
        if (!row || !kept->rowSentAt().isValid() || row->sentAt != kept->rowSentAt()) {
            if (!row && m_kept.contains(id))
                continue; // its row cannot be read just now
            m_kept.remove(id);
            m_notices << Tr::tr(
                             "An answer kept aside for entry %1 belongs to no entry of this history (it was kept for "
                             "an earlier one), so it was not written in; it is in %2.")
                             .arg(id)
                             .arg(KeptOutcome::setAside(m_dir, id));
            continue;
        }
        if (!writeCompletion(id, kept->result(), kept->contactId(), kept->action(), &error)) {
            m_kept.insert(id, *kept); // not interrupted: its answer is known, and waits here
            continue;
        }
        m_kept.remove(id);
        KeptOutcome::remove(m_dir, id);
        m_notices << Tr::tr("The answer to entry %1, kept aside when the history could not record it, is now written "
                            "into the history.")
                         .arg(id);
    }
}

} // namespace AssertDesk::History
