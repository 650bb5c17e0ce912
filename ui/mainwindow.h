#pragma once

#include "appservices.h"
#include "profile.h"
#include "sendresult.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QSplitter;
class QTimer;
class QUrl;

namespace AssertDesk::Ui {

class HistoryPanel;
class RequestPanel;
class ResponsePanel;
class SendController;

// The layout of the panels, the menus, the toolbar and the status bar; the panels hold the logic.
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
    SendController *sendController() const { return m_sender; }

    // Names the server the window works against, in the status bar.
    void showEnvironment(const QString &name, const QUrl &baseUrl);
    void showHistoryNotices(const QStringList &notices);
    void selectProfile(const QString &name);
    Profiles::Profile currentProfile() const;

    void send();
    void openHistoryEntry(qint64 id, bool forEditing);
    void copyAsCurl();
    void pasteRequest();
    // Reads the profile's workspace schema so its custom fields get form rows.
    void fetchSchema();
    // Says in the status bar that the built-in sandbox went away.
    void sandboxStopped(const QString &why);

Q_SIGNALS:
    // After the first paint of the window: start-up is measured up to here.
    void firstPaint();
    // A history entry is shown (for review or editing).
    void historyEntryOpened(qint64 id);
    void schemaLoaded(int fields, int custom);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void reloadProfiles();
    void onProfileChanged();
    void onSendFinished(const Contract::SendResult &result, const QJsonObject &sentBody, qint64 historyId);
    void restoreState();
    void showAbout();
    void editKey();
    void editProfiles();
    void whenIdleAfterFirstPaint(std::function<void()> task);
    void warmUpConnection();

    AppServices m_services;
    QSplitter *m_splitter = nullptr;
    RequestPanel *m_requestPanel = nullptr;
    ResponsePanel *m_responsePanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    SendController *m_sender = nullptr;
    QComboBox *m_profiles = nullptr;
    QLabel *m_productionBanner = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_keyWarning = nullptr;
    QTimer *m_idle = nullptr;
    std::vector<std::function<void()>> m_afterPaint;
    bool m_painted = false;
};

} // namespace AssertDesk::Ui
