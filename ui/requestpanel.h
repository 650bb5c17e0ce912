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
class QUndoStack;
class QVBoxLayout;

namespace AssertDesk::Ui {

class RequestForm;

// The request: the typed form and the exact JSON, two views of one body, checked as the user
// types, with the Send and Cancel buttons and what a send in progress is doing.
//
// The body is the JSON text as written: the JSON tab shows it and a send sends it, byte for byte.
// A form edit writes the text anew; text typed in the JSON tab fills the form once it parses (a
// moment after the typing stops, or at once when anything reads the body). While the text does
// not parse, the form is read-only and shows the last body that did, so no form edit can overwrite
// the text. Undo and redo go through one history of bodies for both views.
class RequestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPanel)

public:
    explicit RequestPanel(const Contract::FieldCatalogue &catalogue, const QStringList &stages = {},
                          QWidget *parent = nullptr);
    ~RequestPanel() override;

    // These read the body, so they first take in what is typed in the JSON tab and not yet parsed.
    Contract::AssertRequest request();
    QByteArray bodyBytes();
    bool hasErrors();
    const Contract::ValidationProblems &problems();

    void setRequest(const Contract::AssertRequest &request);
    QString bodyText() const { return m_text; }
    void setBodyText(const QString &text);
    // Takes a pasted JSON body or curl command. False with a message if it is neither.
    bool paste(const QString &text, QString *error);
    // Parses what was typed in the JSON tab now rather than when the typing pauses.
    void commitJsonEdits();
    // Whether the body text is a JSON object (the form can show it).
    bool textParses() const { return m_parses; }
    // The first error, as the problem list words it (with the line and column for broken JSON).
    QString firstError() const;
    // Back to the last text that parsed (an undoable step of its own).
    void discardJsonEdits();

    QUndoStack *undoStack() const { return m_undo; }
    void undo();
    void redo();

    void focusPointer(const QString &pointer);
    // Fields the server rejected: marked and listed as the server's until each is edited.
    void setServerProblems(const Contract::ValidationProblems &problems, const QJsonObject &sentBody);
    // Review of a past assert: nothing can be edited until "Edit and re-send".
    void setReviewMode(bool review, const QString &note = {});
    bool isReviewMode() const { return m_review; }
    // Beside "Edit and re-send" while reviewing: "Revert this change", off with `why` as its
    // tooltip when the entry cannot be reverted; hidden when `why` is null and not offered.
    void offerRevert(bool offered, const QString &why = {});

    // While a send is under way Send is off, its tooltip saying why (`reason`), and Cancel is on.
    void setSending(bool sending, const QString &reason = {});
    void setProgressText(const QString &text);
    RequestForm *form() const { return m_form; }
    // Puts a widget of the window's under the form, above the problems (the match preview).
    void addBelowForm(QWidget *widget);
    // A workspace schema's fields become form rows, and fields it does not know become errors.
    void setCatalogue(const Contract::FieldCatalogue &catalogue);
    // The region phone numbers written without +country code are read in (ISO code, "US"), by the
    // checks and by the form, which sends a number typed there in E.164. A number typed in the form
    // that could not be read is read again in the new region, an undoable step like any form edit;
    // one already read keeps its country.
    void setPhoneRegion(const QString &region);
    QString phoneRegion() const { return m_validator.phoneRegion(); }

Q_SIGNALS:
    void problemsChanged(int errors, int warnings);
    void sendRequested();
    void cancelRequested();
    void editRequested();
    void revertRequested();

private:
    void buildReviewNote(QVBoxLayout *layout);
    void buildTabs(QVBoxLayout *layout);
    void buildJsonNote(QVBoxLayout *layout);
    void buildProblemList(QVBoxLayout *layout);
    void buildButtonBar(QVBoxLayout *layout);
    void buildUndo();
    void connectViews();
    void connectForm();
    void connectButtons();
    void showJsonContextMenu(const QPoint &pos);
    void fromForm();
    void load(const QString &text, const QString &stepName);
    void record(const QString &text, const void *mergeKey, const QString &stepName);
    void applyText(const QString &text);
    void setText(const QString &text);
    void showTextInEditor();
    void check(bool fillForm);
    void showProblems(const Contract::ValidationProblems &problems);
    void updateEditability();
    void updateSendButton();

    Contract::RequestValidator m_validator;
    QStringList m_stages;
    Contract::AssertRequest m_request; // the last body that parsed
    Contract::ValidationProblems m_problems;
    ServerProblems m_server;
    QTabWidget *m_tabs;
    RequestForm *m_form;
    QPlainTextEdit *m_json;
    QString m_text;      // the body as written; the editor shows it while its tab is current
    QString m_committed; // the text the undo history ends with (m_text less any typing not parsed yet)
    QString m_goodText;  // the last text that parsed, for "Discard JSON edits"
    QJsonObject m_goodBody;
    bool m_parses = true;
    bool m_editorStale = true;
    QUndoStack *m_undo;
    QTreeWidget *m_problemList;
    QLabel *m_summary;
    QLabel *m_reviewNote;
    QLabel *m_jsonNote;
    QPushButton *m_discard;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QPushButton *m_revert;
    QLabel *m_progress;
    QTimer *m_jsonDebounce;
    bool m_sending = false;
    QString m_sendingReason;
    bool m_review = false;
    bool m_syncing = false;
};

} // namespace AssertDesk::Ui
