#pragma once

#include "assertresponse.h"
#include "historyrecord.h"
#include "sendresult.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QVBoxLayout;

namespace AssertDesk::Ui {

class ResponseTreeModel;

// The answer: an outcome banner a support person reads first, the typed tree, the raw bytes.
// Bodies are parsed on a worker thread, so a 10 MB answer never freezes the window.
class ResponsePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePanel)

public:
    explicit ResponsePanel(QWidget *parent = nullptr);
    ~ResponsePanel() override;

    void showResult(const Contract::SendResult &result, const QJsonObject &sentBody);
    void showRecord(const History::HistoryRecord &record);
    void showSending(const QString &text);
    void clear();

    QString bannerText() const;
    bool isParsing() const;
    ResponseTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }

    void copyValue();
    void copyPath();

Q_SIGNALS:
    // A rejection named a request field (JSON pointer into the request).
    void fieldAtFault(const QString &pointer);
    // The typed tree (or the error) is on screen.
    void shown();

private:
    struct Parsed;
    void buildBanner(QVBoxLayout *layout);
    void buildTools(QVBoxLayout *typedLayout, QWidget *typed);
    void buildTree(QVBoxLayout *typedLayout);
    void buildRaw();
    void buildTabs(QVBoxLayout *layout, QWidget *typed);
    void present(const Contract::SendResult &result, const QJsonObject &sentBody);
    void setBanner(const QString &text, const QString &colour);
    void showRaw(const Contract::SendResult &result);

    QLabel *m_banner;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    ResponseTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<std::shared_ptr<const Contract::AssertResponse>> m_watcher;
    int m_generation = 0;
};

} // namespace AssertDesk::Ui
