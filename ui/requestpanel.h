#pragma once

#include "assertrequest.h"
#include "fieldcatalogue.h"
#include "requestvalidator.h"
#include "serverproblems.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace AssertDesk::Ui {

class RequestForm;

// The request: the typed form and the exact JSON, each updating the other, checked as the user
// types, with the Send and Cancel buttons and what a send in progress is doing.
class RequestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPanel)

public:
    explicit RequestPanel(const Contract::FieldCatalogue &catalogue, const QStringList &stages = {},
                          QWidget *parent = nullptr);

    Contract::AssertRequest request() const { return m_request; }
    QByteArray bodyBytes() const { return m_request.toBytes(); }
    void setRequest(const Contract::AssertRequest &request);
    QString bodyText() const;
    void setBodyText(const QString &text);
    // Takes a pasted JSON body or curl command. False with a message if it is neither.
    bool paste(const QString &text, QString *error);

    const Contract::ValidationProblems &problems() const { return m_problems; }
    bool hasErrors() const;
    void focusPointer(const QString &pointer);
    // Fields the server rejected: marked and listed as the server's until each is edited.
    void setServerProblems(const Contract::ValidationProblems &problems, const QJsonObject &sentBody);
    // Review of a past assert: nothing can be edited until "Edit and re-send".
    void setReviewMode(bool review, const QString &note = {});
    bool isReviewMode() const { return m_review; }

    // While a send is under way Send is off, its tooltip saying why (`reason`), and Cancel is on.
    void setSending(bool sending, const QString &reason = {});
    void setProgressText(const QString &text);
    RequestForm *form() const { return m_form; }
    // A workspace schema's fields become form rows, and fields it does not know become errors.
    void setCatalogue(const Contract::FieldCatalogue &catalogue);

Q_SIGNALS:
    void problemsChanged(int errors, int warnings);
    void sendRequested();
    void cancelRequested();
    void editRequested();

private:
    void buildReviewNote(QVBoxLayout *layout);
    void buildTabs(QVBoxLayout *layout);
    void buildProblemList(QVBoxLayout *layout);
    void buildButtonBar(QVBoxLayout *layout);
    void connectViews();
    void connectButtons();
    void showExample();
    void fromForm();
    void fromJson();
    void setText(const QString &text);
    void showTextInEditor();
    void revalidate();
    void updateSendButton();

    Contract::RequestValidator m_validator;
    QStringList m_stages;
    Contract::AssertRequest m_request;
    Contract::ValidationProblems m_problems;
    ServerProblems m_server;
    QTabWidget *m_tabs;
    RequestForm *m_form;
    QPlainTextEdit *m_json;
    QString m_text; // the body as written; the editor shows it while its tab is current
    bool m_editorStale = true;
    QTreeWidget *m_problemList;
    QLabel *m_summary;
    QLabel *m_reviewNote;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QLabel *m_progress;
    QTimer *m_jsonDebounce;
    bool m_sending = false;
    QString m_sendingReason;
    bool m_review = false;
    bool m_syncing = false;
};

} // namespace AssertDesk::Ui
