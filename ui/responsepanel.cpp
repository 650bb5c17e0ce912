#include "responsepanel.h"
#include "localtime.h"

#include "visibletext.h"

#include "apierror.h"
#include "assertrequest.h"
#include "notelabel.h"
#include "rawview.h"
#include "responsetreemodel.h"
#include "statusaccessible.h"
#include "tabmnemonicfocus.h"
#include "throttleretry.h"
#include "wrappinglabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {
// Showing more raw text than this at once would stall the window; the full bytes stay in the history.
constexpr qsizetype kRawShown = 512 * 1024;
} // namespace

ResponsePanel::ResponsePanel(QWidget *parent)
    : QWidget(parent)
    , m_outcomeRow(new QWidget(this))
    , m_banner(new WrappingLabel(m_outcomeRow))
    , m_retry(new ThrottleRetry(m_outcomeRow))
    , m_staleNote(new WrappingLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_raw(new RawView(this))
    , m_model(new ResponseTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("responsePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildStaleNote(layout);
    buildBanner(layout);
    auto *typed = new QWidget(this);
    auto *typedLayout = new QVBoxLayout(typed);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    buildTools(typedLayout, typed);
    buildTree(typedLayout);
    buildTabs(layout, typed);
    clear();
}

void ResponsePanel::buildBanner(QVBoxLayout *layout)
{
    m_banner->setObjectName(QStringLiteral("outcomeBanner"));
    setFocusProxy(m_banner);
    m_banner->setWordWrap(true);
    // The banner quotes the server (an error's code and message): plain text, never HTML.
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    StatusAccessible::mark(m_banner); // before anything asks for its accessible interface
    m_banner->setAccessibleName(tr("Outcome"));
    m_banner->setMargin(8);
    auto *row = new QHBoxLayout(m_outcomeRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_banner, 1);
    row->addWidget(m_retry, 0, Qt::AlignVCenter);
    row->addSpacing(8);
    layout->addWidget(m_outcomeRow);
    // The pressed retry goes away: the focus goes to the outcome, not to the next widget in line.
    connect(m_retry, &ThrottleRetry::retryRequested, this, [this] { m_banner->setFocus(Qt::OtherFocusReason); });
}

// An unknown outcome says to check the contact before sending again: this is how. Made the first
// time an outcome is unknown, below the banner, so it costs the start-up nothing.
void ResponsePanel::showLookUp(const QJsonObject &sentBody)
{
    m_lookUpAddress = AssertRequest::fromJson(sentBody).matchValue().trimmed();
    if (!m_lookUp) {
        m_lookUp = new QPushButton(tr("Loo&k up this contact"), this);
        m_lookUp->setObjectName(QStringLiteral("lookUpContactButton"));
        m_lookUp->setAccessibleName(tr("Look up the contact this request matched on"));
        auto *box = static_cast<QVBoxLayout *>(layout());
        box->insertWidget(box->indexOf(m_banner) + 1, m_lookUp, 0, Qt::AlignLeft);
        connect(m_lookUp, &QPushButton::clicked, this, [this] { Q_EMIT lookUpRequested(m_lookUpAddress); });
    }
    m_lookUp->setVisible(!m_lookUpAddress.isEmpty());
}

void ResponsePanel::hideLookUp()
{
    if (m_lookUp)
        m_lookUp->hide();
}

// Above the outcome, so it is read first: the answer below is not the answer to what the request
// now holds.
void ResponsePanel::buildStaleNote(QVBoxLayout *layout)
{
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_staleNote->setAccessibleName(tr("Earlier answer"));
    paintNote(m_staleNote, QColor(0xfe, 0xf7, 0xe0), QColor(0x7a, 0x4f, 0x01), true, 6);
    m_staleNote->hide();
    layout->addWidget(m_staleNote);
}

// The filter and the copy buttons above the typed tree.
void ResponsePanel::buildTools(QVBoxLayout *typedLayout, QWidget *typed)
{
    auto *tools = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("responseFilter"));
    m_filter->setPlaceholderText(tr("Filter fields and values"));
    m_filter->setAccessibleName(tr("Filter the response"));
    auto *copyValue = new QPushButton(tr("Copy val&ue"), typed);
    auto *copyPath = new QPushButton(tr("Cop&y path"), typed);
    copyValue->setAccessibleName(tr("Copy the selected value"));
    copyPath->setAccessibleName(tr("Copy the JSON path of the selected value"));
    tools->addWidget(m_filter, 1);
    tools->addWidget(copyValue);
    tools->addWidget(copyPath);
    typedLayout->addLayout(tools);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(copyValue, &QPushButton::clicked, this, &ResponsePanel::copyValue);
    connect(copyPath, &QPushButton::clicked, this, &ResponsePanel::copyPath);
}

void ResponsePanel::buildTree(QVBoxLayout *typedLayout)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_tree->setObjectName(QStringLiteral("responseTree"));
    m_tree->setAccessibleName(tr("Typed response"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // keeps long lists cheap to lay out
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ResponseTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // The value stretches into what the field and its type leave: at 1024 px wide the pane is
    // about 350 px, and 170 + 120 left the value no room.
    m_tree->header()->resizeSection(ResponseTreeModel::FieldColumn, 140);
    m_tree->header()->resizeSection(ResponseTreeModel::TypeColumn, 100);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValueAction = new QAction(tr("Copy value"), m_tree);
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    auto *copyPathAction = new QAction(tr("Copy path"), m_tree);
    m_tree->addAction(copyValueAction);
    m_tree->addAction(copyPathAction);
    typedLayout->addWidget(m_tree);
    connect(copyValueAction, &QAction::triggered, this, &ResponsePanel::copyValue);
    connect(copyPathAction, &QAction::triggered, this, &ResponsePanel::copyPath);
}

void ResponsePanel::buildTabs(QVBoxLayout *layout, QWidget *typed)
{
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setAccessibleName(tr("Response views"));
    m_tabs->addTab(typed, tr("&Typed"));
    m_tabs->addTab(m_raw, tr("Ra&w"));
    typed->setFocusProxy(m_tree); // Alt+T lands on the values, not on the filter above them
    new TabMnemonicFocus(m_tabs);
    layout->addWidget(m_tabs, 1);
    // Until there is an answer the panel is only its note: the empty views are not laid out or
    // painted, and the note sits at the top.
    // Preferred, not Maximum: a wrapped banner then gets the height its lines need at the pane's
    // width (Maximum capped it at the height of its own guess of a width, and the first-start
    // note lost its last line in German at 1024 px); the stretch below takes the rest.
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_outcomeRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    layout->addStretch(0);
    m_tabs->hide();
}

ResponsePanel::~ResponsePanel()
{
    m_watcher.waitForFinished();
}

void ResponsePanel::setBanner(const QString &text, const QString &colour)
{
    m_banner->setText(Contract::visibleText(text, true));
    // Whatever the banner now says, a retry offered for an earlier outcome is not for it.
    m_retry->withdraw();
    if (colour.isEmpty()) {
        clearNote(m_banner);
        m_banner->setMargin(8);
    } else {
        paintNote(m_banner, QColor::fromString(colour), Qt::white, true, 8);
    }
    // The row takes the banner's colour, so the retry sits inside the banner.
    m_outcomeRow->setAutoFillBackground(m_banner->autoFillBackground());
    QPalette row = m_outcomeRow->palette();
    row.setColor(QPalette::Window, m_banner->palette().color(QPalette::Window));
    m_outcomeRow->setPalette(colour.isEmpty() ? QPalette() : row);
    StatusAccessible::announce(m_banner);
}

QString ResponsePanel::bannerText() const
{
    return m_banner->text();
}

bool ResponsePanel::isParsing() const
{
    return m_watcher.isRunning();
}

void ResponsePanel::clear()
{
    ++m_generation;
    m_answered = false;
    m_sending = false;
    m_staleNote->hide();
    hideLookUp();
    m_model->clear();
    m_raw->clear();
    m_tabs->hide();
    // The first thing a new user reads: what the three panes are for and where to start.
    setBanner(tr("Nothing sent yet. Write a request in the middle (File › Load an example fills one in) and press "
                 "Send (Ctrl+Enter). Until you choose a profile of your own it goes to the built-in sandbox, a "
                 "local copy of the API with sample contacts; a real account's key is added with Profile › API "
                 "key…\n\nThe answer shows here: whether the contact was created or updated, and what it matched "
                 "on. The history on the left keeps every send."),
              {});
}

void ResponsePanel::showSending(const QString &text)
{
    ++m_generation; // an earlier answer still being read is not shown any more
    m_answered = false;
    m_sending = true;
    m_staleNote->hide();
    hideLookUp();
    m_tabs->hide();
    setBanner(text, QStringLiteral("#5f6368"));
}

void ResponsePanel::showProgress(const QString &text)
{
    if (m_sending && !text.isEmpty())
        setBanner(text, QStringLiteral("#5f6368"));
}

void ResponsePanel::setStale(bool stale)
{
    if (!m_answered || !stale) {
        m_staleNote->hide();
        return;
    }
    const QString when = LocalTime::recent(m_sentAt);
    m_staleNote->setText(tr("This answer is for the previous request (sent %1). The request or the profile has "
                            "changed since; send to see the answer to the request as it is now.")
                             .arg(when));
    m_staleNote->show();
}

bool ResponsePanel::isStale() const
{
    return !m_staleNote->isHidden();
}

QString ResponsePanel::staleText() const
{
    return isStale() ? m_staleNote->text() : QString();
}

void ResponsePanel::showRecord(const HistoryRecord &record)
{
    SendResult r;
    r.httpStatus = record.httpStatus;
    r.body = record.responseBody;
    r.elapsedMs = record.durationMs;
    r.summary = record.errorMessage;
    r.bodyTruncated = record.responseTruncated;
    for (auto it = record.responseHeaders.begin(); it != record.responseHeaders.end(); ++it)
        r.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    if (record.outcome == QLatin1String("succeeded"))
        r.outcome = Outcome::Succeeded;
    else if (record.outcome == QLatin1String("rejected"))
        r.outcome = Outcome::Rejected;
    else if (record.outcome == QLatin1String("not sent"))
        r.outcome = Outcome::NotSent;
    else if (record.outcome == QLatin1String("cancelled"))
        r.outcome = Outcome::Cancelled;
    else
        r.outcome = Outcome::Unknown;
    if (record.outcome == QLatin1String("interrupted"))
        r.summary = record.errorMessage;
    r.sentAt = record.sentAt;
    showResult(r, QJsonDocument::fromJson(record.requestBody).object());
}

void ResponsePanel::showRaw(const SendResult &result)
{
    // Raw, but never obeyed: a control character or a bidirectional override is written out.
    QString head = result.httpStatus ? QStringLiteral("HTTP %1\n").arg(result.httpStatus) : QString();
    for (const auto &h : result.headers)
        head += Contract::visibleText(QString::fromLatin1(h.first)) + QStringLiteral(": ")
            + Contract::visibleText(QString::fromLatin1(h.second)) + QLatin1Char('\n');
    QString tail;
    if (result.body.size() > kRawShown)
        tail = tr("\n\n[Showing the first %1 KB of %2 KB. The whole answer is kept in the history.]")
                   .arg(kRawShown / 1024)
                   .arg(result.body.size() / 1024);
    m_raw->setAnswer(head, result.body.left(kRawShown), tail);
}

void ResponsePanel::showResult(const SendResult &result, const QJsonObject &sentBody)
{
    const int generation = ++m_generation;
    m_sending = false;
    m_answered = true;
    m_sentAt = result.sentAt.isValid() ? result.sentAt : QDateTime::currentDateTimeUtc();
    m_staleNote->hide();
    hideLookUp();
    // A filter typed for the previous answer would hide rows of this one.
    m_filter->clear();
    m_model->clear();
    m_tabs->show();
    showRaw(result);
    if (result.outcome != Outcome::Succeeded || result.body.isEmpty()) {
        present(result, sentBody);
        return;
    }
    if (result.answer) {
        // Read already, off the UI thread, when the send checked it: shown as the parse of a
        // past answer is, from the event loop.
        QMetaObject::invokeMethod(
            this,
            [this, generation, result, sentBody] {
                if (generation == m_generation)
                    presentAnswer(result.answer, result, sentBody);
            },
            Qt::QueuedConnection);
        return;
    }
    setBanner(tr("Reading the answer (%1 KB)…").arg(result.body.size() / 1024), QStringLiteral("#5f6368"));
    disconnect(&m_watcher, nullptr, this, nullptr);
    const QByteArray body = result.body;
    const int status = result.httpStatus;
    m_watcher.setFuture(QtConcurrent::run([body, status] {
        return std::shared_ptr<const AssertResponse>(
            std::make_shared<AssertResponse>(AssertResponse::parse(body, status, AssertResponse::Lists::OnDemand)));
    }));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, generation, result, sentBody] {
        if (generation == m_generation)
            presentAnswer(m_watcher.result(), result, sentBody);
    });
}

// A 2xx's body, parsed: the typed tree, and the banner says what the server did.
void ResponsePanel::presentAnswer(const std::shared_ptr<const AssertResponse> &parsed, const SendResult &result,
                                  const QJsonObject &sentBody)
{
    m_model->setResponse(parsed, sentBody.value(QLatin1String("attributes")).toObject());
    if (!parsed->isValid()) {
        setBanner(tr("Succeeded (HTTP %1), but the answer is not a contact record: %2")
                      .arg(result.httpStatus)
                      .arg(parsed->errorString()),
                  QStringLiteral("#b06000"));
    } else {
        const bool created = parsed->action() == AssertResponse::Action::Created;
        const bool updated = parsed->action() == AssertResponse::Action::Updated;
        QString text = created ? tr("Created — no contact matched, so a new one was made.")
            : updated
            ? (parsed->matchedOn().isEmpty() ? tr("Updated an existing contact.")
                                             : tr("Updated — matched on %1.").arg(parsed->matchedOnText()))
            : tr("Succeeded (HTTP %1); the answer does not say whether it created or updated.").arg(result.httpStatus);
        const QStringList changed = m_model->changedFields();
        if (!changed.isEmpty())
            text += QLatin1Char('\n')
                + tr("Stored differently from what you sent: %1.").arg(changed.join(QLatin1String(", ")));
        if (result.bodyTruncated)
            text += QLatin1Char('\n') + result.summary;
        setBanner(text, created ? QStringLiteral("#188038") : QStringLiteral("#1a73e8"));
    }
    Q_EMIT shown();
}

void ResponsePanel::present(const SendResult &result, const QJsonObject &sentBody)
{
    switch (result.outcome) {
    case Outcome::Rejected: presentRejection(result, sentBody); break;
    case Outcome::Unknown:
        setBanner(tr("Outcome unknown — %1").arg(result.summary), QStringLiteral("#b06000"));
        showLookUp(sentBody);
        break;
    case Outcome::NotSent:
        setBanner(tr("Not sent — %1").arg(result.summary)
                      + (result.detail.isEmpty() ? QString() : QLatin1Char('\n') + result.detail),
                  QStringLiteral("#5f6368"));
        break;
    // Every cancelled summary says "Cancelled" itself: said once.
    case Outcome::Cancelled:
        setBanner(result.summary.isEmpty() ? tr("Cancelled.") : result.summary, QStringLiteral("#5f6368"));
        break;
    case Outcome::Succeeded:
        setBanner(tr("Succeeded (HTTP %1) with an empty answer.").arg(result.httpStatus), QStringLiteral("#188038"));
        break;
    }
    Q_EMIT shown();
}

void ResponsePanel::presentRejection(const SendResult &result, const QJsonObject &sentBody)
{
    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        setBanner(tr("Rejected (HTTP %1) — %2").arg(result.httpStatus).arg(result.summary), QStringLiteral("#d93025"));
        return;
    }
    ApiError error = ApiError::parse(result.httpStatus, result.body);
    error.resolveAgainst(sentBody);
    QString text = tr("Rejected (HTTP %1) — %2: %3").arg(result.httpStatus).arg(error.code(), error.message());
    if (!error.fields().isEmpty())
        text += QLatin1Char('\n') + tr("Field: %1").arg(error.fields().first().pointer);
    if (result.httpStatus == 429)
        text += QLatin1Char('\n') + result.summary;
    setBanner(text, QStringLiteral("#d93025"));
    if (error.fields().isEmpty())
        return;
    ValidationProblems problems;
    for (const ApiError::Field &field : error.fields()) {
        ValidationProblem p;
        p.pointer = field.pointer;
        // Shown in the problem list and under the field: the server's words, made visible.
        p.code = Contract::visibleText(field.code.isEmpty() ? error.code() : field.code);
        p.message = Contract::visibleText(field.message.isEmpty() ? error.message() : field.message);
        problems.append(p);
    }
    Q_EMIT serverProblems(problems, sentBody);
    Q_EMIT fieldAtFault(error.fields().first().pointer);
}

void ResponsePanel::copyValue()
{
    const QModelIndex i = m_tree->currentIndex();
    if (i.isValid())
        QGuiApplication::clipboard()->setText(
            i.siblingAtColumn(ResponseTreeModel::ValueColumn).data(ResponseTreeModel::CopyRole).toString());
}

void ResponsePanel::copyPath()
{
    const QModelIndex i = m_tree->currentIndex();
    if (i.isValid())
        QGuiApplication::clipboard()->setText(i.data(ResponseTreeModel::PointerRole).toString());
}

} // namespace AssertDesk::Ui
