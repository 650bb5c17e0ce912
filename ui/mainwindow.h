#pragma once

#include "appservices.h"
#include "profile.h"
#include "sendcontroller.h"
#include "sendresult.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QUrl;

namespace AssertDesk::Session {
class DraftStore;
class SendController;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

class AfterFirstPaint;
class DraftBar;
class DraftKeeper;
class EnvironmentLabel;
class HistoryPanel;
class ProfileBar;
class RequestPanel;
class ResponsePanel;

// The layout of the panels, the profile bar and the status bar, and the wiring between them; the
// panels hold what they show, the session services (Session::SendController, SchemaFetcher,
// EndpointResolver, ...) hold the rules.
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

    // Names the server the window works against, in the status bar.
    void showEnvironment(const QString &name, const QUrl &baseUrl);
    void showHistoryNotices(const QStringList &notices);
    void selectProfile(const QString &name);
    Profiles::Profile currentProfile() const;

    void send();
    // Send pressed (the button, the menu, Ctrl+Enter). A double click or a doubled Ctrl+Enter is
    // one press: the same request pressed again within the double-click interval is not sent
    // again, even when a fast server (the sandbox answers in milliseconds) has already answered.
    void pressSend();
    void openHistoryEntry(qint64 id, bool forEditing);
    void copyAsCurl();
    void pasteRequest();
    // File › New request: an empty request; the one being written is kept as the way back.
    void newRequest();
    void loadExample();
    // Sandbox › Reset: asks, then gives the built-in sandbox new seed contacts and says so.
    void resetSandbox();
    // Reads the profile's workspace schema so its custom fields get form rows.
    void fetchSchema();
    void editKey();
    void editProfiles();
    void showAbout();
    // Says in the status bar that the built-in sandbox went away.
    void sandboxStopped(const QString &why);
    // Says, until dismissed, that the sandbox's contacts are gone or unreadable.
    void sandboxDataProblem(const QString &message);
    // A note above the panes that stays until dismissed: for what must not scroll away in the
    // status bar (contacts gone, a draft that could not be read, a reset done).
    void showNotice(const QString &text);

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
    void buildStatusBar();
    void buildProfileBar(const QList<QAction *> &buttons);
    void deferBelowTheFold();
    void wirePanels();
    void wireSender();
    void showProblems(int errors, int warnings);
    void showSendState(Session::SendController::State state);
    QString sendStateText(Session::SendController::State state) const;
    void answerShown(const QJsonObject &requestBody, const QByteArray &requestText, const QString &profile);
    void updateResponseFreshness();
    void onProfileChanged();
    void onSendFinished(const Contract::SendResult &result, const QJsonObject &sentBody, qint64 historyId);
    void restoreState();
    void warmUpConnection();

    AppServices m_services;
    QSplitter *m_splitter = nullptr;
    RequestPanel *m_requestPanel = nullptr;
    ResponsePanel *m_responsePanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    Session::SendController *m_sender = nullptr;
    ProfileBar *m_profileBar = nullptr;
    QLabel *m_productionBanner = nullptr;
    EnvironmentLabel *m_environment = nullptr;
    QLabel *m_keyWarning = nullptr;
    AfterFirstPaint *m_afterPaint = nullptr;
    DraftBar *m_draftBar = nullptr;
    DraftKeeper *m_drafts = nullptr;
    QLabel *m_notice = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QString m_sendingTo; // the profile of the send under way
    QElapsedTimer m_lastPress;
    QByteArray m_lastPressedBody;
    // What the answer on screen answered: the response is marked once the request or the
    // profile no longer is this.
    QJsonObject m_answeredBody;
    QByteArray m_answeredText;
    QString m_answeredProfile;
};

} // namespace AssertDesk::Ui
