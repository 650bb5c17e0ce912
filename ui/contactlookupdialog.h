#pragma once

#include "contactlookup.h"
#include "profile.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace AssertDesk::Ui {

class FoundContactModel;
class ResponseTreeModel;

// Find a contact: a search field (an email address, a name or a contact id), the contacts found
// (a page at a time, "Load more" for the next), a status line, and the contact opened as a
// read-only typed tree. "Update this contact" hands its primary email to the window, which starts
// a new request matched on it. The searching is Session::ContactLookup's; this is what a person
// sees of it. Made the first time it is asked for, so it costs the start-up nothing.
class ContactLookupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactLookupDialog)

public:
    ContactLookupDialog(Session::AbstractEndpointResolver *endpoints, Net::ApiClient *client,
                        std::function<Profiles::Profile()> currentProfile, QWidget *parent = nullptr);

    // Shows the dialog; with `text`, puts it in the field and searches it at once.
    void lookUp(const QString &text = {});
    Session::ContactLookup *lookup() const { return m_lookup; }

Q_SIGNALS:
    void updateRequested(const QString &primaryEmail);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reject() override;

private:
    void buildSearchRow(QVBoxLayout *layout);
    QWidget *buildResults();
    QWidget *buildContactView();
    void buildButtons(QVBoxLayout *layout);
    void search();
    void showState();
    QString statusText() const;
    void openCurrent();
    void showContact(const QString &id);
    void showReadFailure(const QString &id, const QString &message);
    void updateButtons();
    void requestUpdate();
    const Session::FoundContact *currentContact() const;

    Session::ContactLookup *m_lookup;
    std::function<Profiles::Profile()> m_currentProfile;
    FoundContactModel *m_found;
    ResponseTreeModel *m_contact;
    QLineEdit *m_search = nullptr;
    QPushButton *m_searchButton = nullptr;
    QTreeView *m_results = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_contactTitle = nullptr;
    QTreeView *m_contactView = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_update = nullptr;
    QString m_opening; // the id being read, to drop the answer for another
};

} // namespace AssertDesk::Ui
