#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QUrl;

namespace AssertDesk::Ui {

class RequestPanel;

// The layout of the panels, the menus and the status bar; the panels hold the logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestPanel *requestPanel() const { return m_requestPanel; }

    // Names the server the window works against, in the status bar, for as long as it runs.
    void showEnvironment(const QString &name, const QUrl &baseUrl);

Q_SIGNALS:
    // After the first paint of the window: start-up is measured up to here.
    void firstPaint();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createMenus();
    void restoreState();
    void showAbout();

    QSplitter *m_splitter = nullptr;
    RequestPanel *m_requestPanel = nullptr;
    QLabel *m_environment = nullptr;
    bool m_painted = false;
};

} // namespace AssertDesk::Ui
