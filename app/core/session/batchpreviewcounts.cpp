#include "batchpreviewcounts.h"

#include <QCoreApplication>

namespace AssertDesk::Session {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchPreviewCounts)
};

} // namespace

void BatchPreviewCounts::add(RowPrediction::Kind kind)
{
    ++rows;
    switch (kind) {
    case RowPrediction::Kind::Create: ++create; break;
    case RowPrediction::Kind::Update: ++update; break;
    case RowPrediction::Kind::Unchanged: ++unchanged; break;
    case RowPrediction::Kind::Ambiguous: ++ambiguous; break;
    case RowPrediction::Kind::Unavailable: ++unavailable; break;
    }
}

QString BatchPreviewCounts::sentence() const
{
    return Tr::tr("Will create %1, update %2, ambiguous %3, unchanged %4, unavailable %5.")
        .arg(create)
        .arg(update)
        .arg(ambiguous)
        .arg(unchanged)
        .arg(unavailable);
}

QJsonObject BatchPreviewCounts::toJson() const
{
    return QJsonObject {{QStringLiteral("rows"), rows},
                        {QStringLiteral("create"), create},
                        {QStringLiteral("update"), update},
                        {QStringLiteral("unchanged"), unchanged},
                        {QStringLiteral("ambiguous"), ambiguous},
                        {QStringLiteral("unavailable"), unavailable},
                        {QStringLiteral("queries"), queries},
                        {QStringLiteral("throttled"), throttled},
                        {QStringLiteral("seconds"), double(msecs) / 1000.0},
                        {QStringLiteral("cancelled"), cancelled}};
}

} // namespace AssertDesk::Session
