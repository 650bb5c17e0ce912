#include "contactlookupdialog.h"

#include "foundcontactmodel.h"
#include "responsetreemodel.h"

#include "visibletext.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScreen>

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace AssertDesk::Ui {

using Session::ContactLookup;
using Session::FoundContact;

namespace {

// In a dialog a push button takes Enter by default; here Enter belongs to the field (search)
// and to the list (open), so no button may take it.
QPushButton *button(const QString &text, const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    b->setDefault(false);
    return b;
}

} // namespace

ContactLookupDialog::ContactLookupDialog(Session::AbstractEndpointResolver *endpoints, Net::ApiClient *client,
                                         std::function<Profiles::Profile()> currentProfile, QWidget *parent)
    : QDialog(parent)
    , m_lookup(new ContactLookup(endpoints, client, this))
    , m_currentProfile(std::move(currentProfile))
    , m_found(new FoundContactModel(this))
    , m_contact(new ResponseTreeModel(this))
{
    setObjectName(QStringLiteral("contactLookupDialog"));
    setWindowTitle(tr("Find a contact"));
    setAccessibleName(tr("Find a contact"));
    auto *layout = new QVBoxLayout(this);
    buildSearchRow(layout);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("lookupSplitter"));
    split->addWidget(buildResults());
    split->addWidget(buildContactView());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({620, 440});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    buildButtons(layout);
    // Wide enough for a list and a contact side by side, but never wider than the screen it opens
    // on (a 1024 px laptop screen took a 1080 px dialog).
    const QRect screen
        = (parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1080, screen.width() - 24), std::min(580, screen.height() - 48));

    connect(m_lookup, &ContactLookup::cleared, m_found, &FoundContactModel::clear);
    connect(m_lookup, &ContactLookup::found, this, [this](int first, int count) {
        const bool wasEmpty = m_found->rowCount() == 0;
        m_found->append(m_lookup->results().mid(first, count));
        if (wasEmpty)
            m_results->setCurrentIndex(m_found->index(0, 0));
    });
    connect(m_lookup, &ContactLookup::stateChanged, this, &ContactLookupDialog::showState);
    connect(m_lookup, &ContactLookup::contactRead, this, &ContactLookupDialog::showContact);
    connect(m_lookup, &ContactLookup::readFailed, this, &ContactLookupDialog::showReadFailure);
    showState();
}

void ContactLookupDialog::buildSearchRow(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("F&ind:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lookupSearch"));
    m_search->setPlaceholderText(tr("Email address, name or contact id"));
    m_search->setAccessibleName(tr("Find a contact by email address, name or contact id"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    label->setBuddy(m_search);
    m_searchButton = button(tr("&Search"), "lookupSearchButton", tr("Search"), this);
    row->addWidget(label);
    row->addWidget(m_search, 1);
    row->addWidget(m_searchButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setAccessibleName(tr("Search status"));
    // It quotes the server's error: plain text, never HTML.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::returnPressed, this, &ContactLookupDialog::search);
    connect(m_searchButton, &QPushButton::clicked, this, &ContactLookupDialog::search);
}

QWidget *ContactLookupDialog::buildResults()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_results = new QTreeView(box);
    m_results->setObjectName(QStringLiteral("lookupResults"));
    m_results->setAccessibleName(tr("Contacts found"));
    m_results->setModel(m_found);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(FoundContactModel::EmailColumn, QHeaderView::Stretch);
    m_results->header()->resizeSection(FoundContactModel::NameColumn, 100);
    m_results->header()->resizeSection(FoundContactModel::StageColumn, 80);
    // Wide enough for a date and time in this locale's short form.
    m_results->header()->resizeSection(FoundContactModel::UpdatedColumn,
                                       fontMetrics().horizontalAdvance(QLocale().toString(
                                           QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))
                                           + 16);
    m_more = button(tr("Load &more"), "lookupMore", tr("Load more contacts"), box);
    m_more->hide();
    layout->addWidget(m_results, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    // Enter (and a double click) on a row opens it.
    connect(m_results, &QAbstractItemView::activated, this, &ContactLookupDialog::openCurrent);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactLookupDialog::updateButtons);
    connect(m_more, &QPushButton::clicked, m_lookup, &ContactLookup::loadMore);
    return box;
}

QWidget *ContactLookupDialog::buildContactView()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_contactTitle = new QLabel(tr("Open a contact to see all of it here."), box);
    m_contactTitle->setObjectName(QStringLiteral("lookupContactTitle"));
    m_contactTitle->setAccessibleName(tr("Contact shown"));
    m_contactTitle->setTextFormat(Qt::PlainText);
    m_contactTitle->setWordWrap(true);
    m_contactView = new QTreeView(box);
    m_contactView->setObjectName(QStringLiteral("lookupContact"));
    m_contactView->setAccessibleName(tr("The contact, read-only"));
    m_contactView->setModel(m_contact);
    m_contactView->setUniformRowHeights(true);
    m_contactView->setAlternatingRowColors(true);
    m_contactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactView->header()->setStretchLastSection(false);
    m_contactView->header()->setSectionResizeMode(ResponseTreeModel::ValueColumn, QHeaderView::Stretch);
    m_contactView->header()->resizeSection(ResponseTreeModel::FieldColumn, 150);
    m_contactView->header()->resizeSection(ResponseTreeModel::TypeColumn, 100);
    layout->addWidget(m_contactTitle);
    layout->addWidget(m_contactView, 1);
    return box;
}

void ContactLookupDialog::buildButtons(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_open = button(tr("&Open"), "lookupOpen", tr("Open the selected contact"), this);
    m_update = button(tr("&Update this contact"), "lookupUpdate",
                      tr("Update this contact: a new request matched on its primary email"), this);
    auto *close = button(tr("Close"), "lookupClose", tr("Close"), this);
    row->addWidget(m_open);
    row->addWidget(m_update);
    row->addStretch(1);
    row->addWidget(close);
    layout->addLayout(row);
    connect(m_open, &QPushButton::clicked, this, &ContactLookupDialog::openCurrent);
    connect(m_update, &QPushButton::clicked, this, &ContactLookupDialog::requestUpdate);
    connect(close, &QPushButton::clicked, this, &ContactLookupDialog::reject);
    updateButtons();
}

void ContactLookupDialog::lookUp(const QString &text)
{
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::OtherFocusReason);
    if (text.trimmed().isEmpty()) {
        m_search->selectAll();
        return;
    }
    m_search->setText(text.trimmed());
    search();
}

void ContactLookupDialog::search()
{
    m_contact->clear();
    m_opening.clear();
    m_contactTitle->setText(tr("Open a contact to see all of it here."));
    m_lookup->search(m_currentProfile(), m_search->text());
}

QString ContactLookupDialog::statusText() const
{
    const QString text = Contract::visibleText(m_lookup->text());
    const QString where = m_lookup->profileName();
    switch (m_lookup->state()) {
    case ContactLookup::State::Idle: return tr("Type an email address (any of a contact's), a name or a contact id.");
    case ContactLookup::State::Searching:
        return m_found->rowCount() > 0 ? tr("Loading more…") : tr("Searching %1 for “%2”…").arg(where, text);
    case ContactLookup::State::Failed: return m_lookup->error();
    case ContactLookup::State::Done: break;
    }
    const int n = m_found->rowCount();
    if (n == 0)
        return tr("No contact matches “%1” in %2.").arg(text, where);
    // English reads the singular from its own text (there is no English translation to pick a
    // form); every other count takes the language's plural form (tr with n).
    QString status
        = n == 1 ? tr("1 contact found in %1").arg(where) : tr("%n contacts found in %1", nullptr, n).arg(where);
    status += m_lookup->hasMore() ? tr("; there are more (Load more).") : tr(".");
    if (const int left = m_lookup->unreadable(); left > 0)
        status += left == 1 ? tr(" One entry of the answer was not a contact record and is left out.")
                            : tr(" %n entries of the answer were not contact records and are left out.", nullptr, left);
    return status;
}

void ContactLookupDialog::showState()
{
    m_status->setText(statusText());
    m_more->setVisible(m_lookup->hasMore());
    updateButtons();
}

const FoundContact *ContactLookupDialog::currentContact() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? m_found->contactAt(current.row()) : nullptr;
}

void ContactLookupDialog::updateButtons()
{
    const FoundContact *c = currentContact();
    m_open->setEnabled(c && !c->id.isEmpty());
    m_update->setEnabled(c && !c->primaryEmail.isEmpty());
    m_update->setToolTip(c && c->primaryEmail.isEmpty() ? tr("This contact has no email address to match on.")
                                                        : tr("Starts a new request matched on %1; you add the "
                                                             "fields to change.")
                                                              .arg(c ? c->primaryEmail : tr("its primary email")));
}

void ContactLookupDialog::openCurrent()
{
    const FoundContact *c = currentContact();
    if (!c || c->id.isEmpty())
        return;
    m_opening = c->id;
    m_contact->clear();
    m_contactTitle->setText(tr("Reading %1…").arg(c->name.isEmpty() ? c->primaryEmail : c->name));
    m_lookup->read(c->id);
}

void ContactLookupDialog::showContact(const QString &id)
{
    if (id != m_opening)
        return;
    const FoundContact *c = currentContact();
    m_contact->setResponse(m_lookup->contact(), {});
    const QString who = c && c->id == id ? QStringList {c->name, c->primaryEmail}.join(QStringLiteral(" — ")) : id;
    m_contactTitle->setText(tr("%1 (read-only)").arg(who));
    m_contactView->setFocus(Qt::OtherFocusReason);
    m_contactView->setCurrentIndex(m_contact->index(0, 0));
}

void ContactLookupDialog::showReadFailure(const QString &id, const QString &message)
{
    if (id != m_opening)
        return;
    m_contactTitle->setText(tr("Could not open the contact: %1").arg(message));
}

void ContactLookupDialog::requestUpdate()
{
    const FoundContact *c = currentContact();
    if (!c || c->primaryEmail.isEmpty())
        return;
    const QString email = c->primaryEmail;
    hide();
    Q_EMIT updateRequested(email);
}

void ContactLookupDialog::reject()
{
    m_lookup->cancel();
    QDialog::reject();
}

// Down from the field goes into the list, as in a browser's address bar.
bool ContactLookupDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_found->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_found->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace AssertDesk::Ui
