#pragma once

#include "assertresponse.h"
#include "historyrecord.h"
#include "sendresult.h"
#include "validationproblem.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QVBoxLayout;

namespace AssertDesk::Ui {

class RawView;
class ResponseTreeModel;
class ThrottleRetry;

// The answer: an outcome banner a support person reads first, the typed tree, the raw bytes.
// Bodies are parsed on a worker thread, so a 10 MB answer never freezes the window; a send's
// answer comes parsed already (SendResult::answer) and is not parsed again.
class ResponsePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePanel)

public:
    explicit ResponsePanel(QWidget *parent = nullptr);
    ~ResponsePanel() override;

    void showResult(const Contract::SendResult &result, const QJsonObject &sentBody);
    void showRecord(const History::HistoryRecord &record);
    // A send or a throttling wait is under way: the previous answer is put away and `text`
    // (the progress) shows instead, until the new answer comes.
    void showSending(const QString &text);
    void showProgress(const QString &text);
    void clear();

    // An answer (or a past one from the history) is on screen, not a send in progress.
    bool hasAnswer() const { return m_answered; }
    // The request or the profile changed since this answer: say plainly that it is not the
    // answer to what the request now holds.
    void setStale(bool stale);
    bool isStale() const;
    QString staleText() const;

    QString bannerText() const;
    bool isParsing() const;
    ResponseTreeModel *treeModel() const { return m_model; }
    // Beside the outcome of a throttled send; withdrawn whenever the panel shows something else.
    ThrottleRetry *retryAction() const { return m_retry; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }

    void copyValue();
    void copyPath();

Q_SIGNALS:
    // A rejection named a request field (JSON pointer into the request).
    void fieldAtFault(const QString &pointer);
    // Every field a rejection named, as problems in the request that was sent.
    void serverProblems(const AssertDesk::Contract::ValidationProblems &problems, const QJsonObject &sentBody);
    // The typed tree (or the error) is on screen.
    void shown();
    // "Look up this contact" under an unknown outcome: find the contact the request matched on.
    void lookUpRequested(const QString &address);

private:
    struct Parsed;
    void buildBanner(QVBoxLayout *layout);
    void showLookUp(const QJsonObject &sentBody);
    void hideLookUp();
    void buildStaleNote(QVBoxLayout *layout);
    void buildTools(QVBoxLayout *typedLayout, QWidget *typed);
    void buildTree(QVBoxLayout *typedLayout);
    void buildTabs(QVBoxLayout *layout, QWidget *typed);
    void present(const Contract::SendResult &result, const QJsonObject &sentBody);
    void presentAnswer(const std::shared_ptr<const Contract::AssertResponse> &parsed,
                       const Contract::SendResult &result, const QJsonObject &sentBody);
    void setBanner(const QString &text, const QString &colour);
    void showRaw(const Contract::SendResult &result);
    void presentRejection(const Contract::SendResult &result, const QJsonObject &sentBody);

    QWidget *m_outcomeRow; // the banner and, for a throttled send, the retry beside it
    QLabel *m_banner;
    QPushButton *m_lookUp = nullptr;
    QString m_lookUpAddress; // the match of the request whose outcome is unknown
    ThrottleRetry *m_retry;
    QLabel *m_staleNote;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    RawView *m_raw;
    ResponseTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<std::shared_ptr<const Contract::AssertResponse>> m_watcher;
    int m_generation = 0;
    bool m_answered = false;
    bool m_sending = false;
    QDateTime m_sentAt; // of the answer on screen
};

} // namespace AssertDesk::Ui
