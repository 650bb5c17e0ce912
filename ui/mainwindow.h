#pragma once

#include "appservices.h"
#include "profile.h"

#include <QMainWindow>

class QAction;
class QSplitter;
class QTabWidget;
class QUrl;

namespace AssertDesk::Session {
class DraftStore;
class SendController;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

class AfterFirstPaint;
class BatchView;
class ContactLookupDialog;
class DraftBar;
class DraftKeeper;
class EnvironmentLabel;
class HistoryEntryOpener;
class HistoryPanel;
class NoticeBanner;
class PreviewStrip;
class ProductionBanner;
class ProfileBar;
class RequestActions;
class RequestPanel;
class ResponsePanel;
class SandboxActions;
class SendPresenter;

// The layout of the panels, the profile bar and the status bar, and the wiring between them; the
// panels hold what they show, small classes of their own the window's logic (SendPresenter,
// HistoryEntryOpener, SandboxActions), the session services (Session::SendController,
// SchemaFetcher, EndpointResolver, ...) the rules.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestPanel *requestPanel() const { return m_requestPanel; }
    ResponsePanel *responsePanel() const { return m_responsePanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    Session::SendController *sendController() const { return m_sender; }
    DraftKeeper *drafts() const { return m_drafts; }
    // Null without endpoints or a client (some window tests).
    PreviewStrip *previewStrip() const { return m_preview; }

    // Names the server the window works against, in the status bar.
    void showEnvironment(const QString &name, const QUrl &baseUrl);
    void showHistoryNotices(const QStringList &notices);
    void selectProfile(const QString &name);
    Profiles::Profile currentProfile() const;

    // Forwarded to SendPresenter (pressSend: a double press is one press).
    void send();
    void pressSend();
    void openHistoryEntry(qint64 id, bool forEditing);
    // Request › Preview: asks the server now what the request on screen would do.
    void previewNow();
    // "Revert this change" of a history entry: its inverse in the form, never sent from here.
    void revertHistoryEntry(qint64 id);
    void copyAsCurl();
    void pasteRequest();
    // File › New request: an empty request; the one being written is kept as the way back.
    void newRequest();
    void loadExample();
    // Sandbox › Reset (SandboxActions): asks, then gives the sandbox new seed contacts.
    void resetSandbox();
    // Forwarded to RequestActions (Edit and Profile menus).
    void fetchSchema();
    void editKey();
    void editProfiles();
    void showAbout();
    // Says in the status bar that the built-in sandbox went away.
    void sandboxStopped(const QString &why);
    // A note above the panes that stays until dismissed (NoticeBanner).
    void showNotice(const QString &text);
    // Request › Find a contact: the lookup (made on first use), searching `text` if given.
    void findContact(const QString &text = {});
    ContactLookupDialog *contactLookup() const { return m_lookup; }
    // File › Open batch…: the batch view (made on first use, as a tab beside the request) with
    // this CSV file, or one chosen in a file dialog when `path` is empty.
    void openBatch(const QString &path = {});
    BatchView *batchView() const { return m_batch; }
    // File › Past batches…: the history's batches; the one chosen is shown in the batch view,
    // offline, to review and resume.
    void showPastBatches();
    // Back to the request, the history and the response (the first tab once a batch is open).
    void showRequestTab();

Q_SIGNALS:
    // After the first paint of the window: start-up is measured up to here.
    void firstPaint();
    // A history entry is shown (for review or editing).
    void historyEntryOpened(qint64 id);
    void schemaLoaded(int fields, int custom);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDeferredIcon();
    void buildPanels();
    void buildCentral();
    QWidget *buildRequestColumn();
    void buildDrafts();
    void buildHelpers();
    void buildStatusBar();
    void buildProfileBar(const QList<QAction *> &buttons);
    void deferBelowTheFold();
    void buildSends();
    void wirePanels();
    void showProblems(int errors, int warnings);
    void showMessage(const QString &text, int timeoutMs);
    void onProfileChanged();
    void restoreState();
    void warmUpConnection();
    void updateContact(const QString &email);
    void previewChanged();
    QString confirmText(const QString &question);
    void buildBatchTab();

    AppServices m_services;
    QSplitter *m_splitter = nullptr;
    RequestPanel *m_requestPanel = nullptr;
    ResponsePanel *m_responsePanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    Session::SendController *m_sender = nullptr;
    ProfileBar *m_profileBar = nullptr;
    ProductionBanner *m_productionBanner = nullptr;
    EnvironmentLabel *m_environment = nullptr;
    AfterFirstPaint *m_afterPaint = nullptr;
    DraftBar *m_draftBar = nullptr;
    DraftKeeper *m_drafts = nullptr;
    NoticeBanner *m_notice = nullptr;
    PreviewStrip *m_preview = nullptr;
    SendPresenter *m_sends = nullptr;
    HistoryEntryOpener *m_historyOpener = nullptr;
    RequestActions *m_requestActions = nullptr;
    SandboxActions *m_sandboxActions = nullptr;
    ContactLookupDialog *m_lookup = nullptr;
    QTabWidget *m_tabs = nullptr;
    BatchView *m_batch = nullptr;
};

} // namespace AssertDesk::Ui
