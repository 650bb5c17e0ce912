#include "previewstrip.h"
#include "difftable.h"
#include "localtime.h"
#include "wrappinglabel.h"

#include "contactdiff.h"
#include "matchpreviewer.h"
#include "previewread.h"
#include "revertbuilder.h"
#include "visibletext.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::Session;
using Contract::RevertBuilder;

namespace {

bool hasMatchAddress(const QByteArray &body)
{
    return !PreviewRead::matchAddress(QJsonDocument::fromJson(body).object()).isEmpty();
}

} // namespace

PreviewStrip::PreviewStrip(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_previewer(new MatchPreviewer(endpoints, client, this))
    , m_line(new WrappingLabel(this))
    , m_note(new WrappingLabel(this))
    , m_button(new QPushButton(tr("Preview"), this))
{
    setObjectName(QStringLiteral("previewStrip"));
    // The form's scroll area gives way to it, never the other way round.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    auto *row = new QHBoxLayout;
    m_line->setObjectName(QStringLiteral("previewLine"));
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::PlainText);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line->setText(tr("Preview: give the request a match address to see which contact it finds."));
    m_button->setObjectName(QStringLiteral("previewButton"));
    m_button->setToolTip(tr("Ask the server now which contact this request updates (reads only)"));
    row->addWidget(m_line, 1);
    row->addWidget(m_button, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);
    connect(m_button, &QPushButton::clicked, this, &PreviewStrip::previewRequested);
    connect(m_previewer, &MatchPreviewer::started, this, [this] { m_line->setText(tr("Preview: reading…")); });
    connect(m_previewer, &MatchPreviewer::finished, this, &PreviewStrip::showPreview);
}

void PreviewStrip::requestChanged(const Profiles::Profile &profile, const QByteArray &body)
{
    m_onScreen = body;
    if (!hasMatchAddress(body)) {
        clear();
        return;
    }
    m_previewer->requestChanged(profile, body);
}

void PreviewStrip::previewNow(const Profiles::Profile &profile, const QByteArray &body)
{
    m_onScreen = body;
    if (!hasMatchAddress(body)) {
        clear(tr("Preview: the request has no match address to look up."));
        return;
    }
    m_previewer->previewNow(profile, body);
}

void PreviewStrip::clear(const QString &why)
{
    m_previewer->cancel();
    m_line->setText(why.isEmpty() ? tr("Preview: give the request a match address to see which contact it finds.")
                                  : why);
    m_line->setToolTip({});
    if (m_table)
        m_table->hide();
}

void PreviewStrip::expectRevert(const QJsonObject &revertBody, const QJsonObject &answerAfter, LeaveOut leaveOut)
{
    m_revertBody = revertBody;
    m_revertAfter = answerAfter;
    m_leaveOut = std::move(leaveOut);
    m_note->hide();
}

QString PreviewStrip::summaryFor(const QByteArray &body) const
{
    const auto latest = m_previewer->latest();
    if (!latest || latest->body != body)
        return {};
    return latest->prediction.sentence() + QLatin1Char(' ') + latest->summary();
}

QString PreviewStrip::sentence() const
{
    return m_line->text();
}

QTableWidget *PreviewStrip::table() const
{
    return m_table;
}

void PreviewStrip::showPreview(const MatchPreview &preview)
{
    if (preview.body != m_onScreen)
        return; // the request changed since: its own preview follows
    const QDateTime at = preview.prediction.readAt();
    QString line = Contract::visibleText(preview.prediction.sentence());
    if (at.isValid())
        line += QLatin1Char(' ') + tr("(read at %1)").arg(LocalTime::clock(at));
    if (!preview.diffProblem.isEmpty())
        line += QLatin1Char(' ') + Contract::visibleText(preview.diffProblem);
    m_line->setText(line);
    m_line->setToolTip(at.isValid() ? tr("Read at %1").arg(LocalTime::utc(at)) : QString());
    showChanges(preview.changes);
    checkRevert(preview);
    Q_EMIT shown(preview);
}

void PreviewStrip::showChanges(const QList<Contract::FieldChange> &changes)
{
    if (!m_table && !changes.isEmpty()) {
        m_table = new DiffTable(this);
        static_cast<QVBoxLayout *>(layout())->addWidget(m_table);
    }
    if (m_table) {
        m_table->showChanges(changes);
        m_table->setVisible(!changes.isEmpty());
    }
}

void PreviewStrip::showPast(const History::HistoryRecord &record)
{
    m_previewer->cancel();
    m_onScreen.clear();
    m_note->hide();
    if (record.prediction.isEmpty()) {
        clear(tr("No preview was taken before this send."));
        return;
    }
    const auto prediction = Contract::MatchPrediction::fromJson(record.prediction);
    QString line = tr("Before sending: %1").arg(Contract::visibleText(prediction.sentence()));
    if (!record.surprise.isEmpty())
        line += QLatin1Char(' ') + tr("Surprise: %1.").arg(Contract::visibleText(record.surprise));
    m_line->setText(line);
    m_line->setToolTip({});
    const QJsonObject sent = QJsonDocument::fromJson(record.requestBody).object();
    const QJsonObject attributes = sent.value(QStringLiteral("attributes")).toObject();
    const bool created = prediction.kind() == Contract::MatchPrediction::Kind::Create;
    if (!created && record.beforeState.isEmpty()) {
        showChanges({});
        return;
    }
    const QJsonObject before = record.beforeState.value(QStringLiteral("attributes")).toObject();
    showChanges(Contract::ContactDiff::compare(attributes, before, record.matchValue, created));
}

// A field someone else changed since the reverted change is not written back unless the user
// ticks it in again: the revert would undo their change too.
void PreviewStrip::checkRevert(const MatchPreview &preview)
{
    if (m_revertBody.isEmpty() || preview.prediction.kind() != Contract::MatchPrediction::Kind::Update)
        return;
    const QJsonObject revertBody = std::exchange(m_revertBody, {});
    const QStringList since = RevertBuilder::changedSince(revertBody, m_revertAfter, preview.before);
    if (since.isEmpty())
        return;
    const RevertBuilder::Result left = RevertBuilder::without(revertBody, since);
    m_note->setText(tr("Changed by someone else since this change: %1. Left out of the revert; tick them in the "
                       "form to write them back anyway.")
                        .arg(Contract::visibleText(since.join(QLatin1String(", ")))));
    if (!left.ok())
        m_note->setText(m_note->text() + QLatin1Char(' ') + Contract::visibleText(left.error));
    m_note->show();
    if (left.ok() && m_leaveOut)
        m_leaveOut(left.body);
}

} // namespace AssertDesk::Ui
