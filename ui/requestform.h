#pragma once

#include "assertrequest.h"
#include "fieldcatalogue.h"
#include "validationproblem.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;

namespace AssertDesk::Ui {

class FieldEditor;

// The typed form: the match key and value, then one row per writable field. A row's "set" box
// tells unset from set (an empty text is a value); its "null" box sends null to clear the field.
// What the form cannot show (unknown fields, odd shapes, extra blocks, a match or attributes block
// that is missing or not an object) is kept and sent as it was: the body it gives back is the body
// it was given until the user edits it, and an edit changes what was edited alone.
//
// Only the rows a window shows at first are built with the form; the rest are built after the
// first paint, a few per pass of the event loop (buildRemainingRows), or at once when a request,
// a problem or the focus needs one. A row not built yet is an unset field.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)

public:
    RequestForm(const Contract::FieldCatalogue &catalogue, const QStringList &stages, QWidget *parent = nullptr);
    ~RequestForm() override;

    Contract::AssertRequest request() const { return Contract::AssertRequest::fromJson(body()); }
    QJsonObject body() const;
    // Fills the form without emitting edited().
    void setRequest(const Contract::AssertRequest &request) { setBody(request.toJsonObject()); }
    void setBody(const QJsonObject &body);
    void showProblems(const Contract::ValidationProblems &problems);
    // Moves the focus to the field a pointer names; false if the form has no such field.
    bool focusPointer(const QString &pointer);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // A history entry under review: the read-only values keep the text's colour (greyed, the
    // real values looked like placeholders); the review note above the form says it is read-only.
    void setReviewLook(bool review);
    // The region phone numbers written without +country code are read in. A phone number typed in
    // the form is sent in E.164 as read there. A new region re-reads a typed number that could not
    // be read (one already read keeps its country), which can change the body: edited() says so.
    void setPhoneRegion(const QString &region);

    // Rows built with the form, before any paint.
    static constexpr int rowsBuiltAtOnce = 12;
    int rowCount() const { return int(m_specs.size()); }
    int builtRowCount() const { return int(m_rows.size()); }
    // Builds the remaining rows a few at a time while the event loop is otherwise idle.
    void buildRemainingRows();
    void buildAllRows() { ensureRows(rowCount()); }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        Contract::FieldSpec spec;
        QCheckBox *set = nullptr;
        FieldEditor *editor = nullptr;
        QCheckBox *null = nullptr;
        QLabel *problem = nullptr;
    };
    int buildMatch(const Contract::FieldCatalogue &catalogue, QWidget *content, QGridLayout *grid, int line);
    void connectMatch();
    void addNullShortcut();
    int buildAttributesHeading(QWidget *content, QGridLayout *grid, int line);
    void ensureRows(int count);
    void addRow(const Contract::FieldSpec &spec);
    // A row side by side (the box that sends it, the editor, null) or, in a pane too narrow for
    // that, stacked: the box and null on one line, the editor across the pane below them.
    void placeRow(const Row &row, int index);
    void updateStacking();
    int indexOf(const QString &field) const;
    void setProblem(QLabel *label, QWidget *field, const QString &text);
    void showMatch(const QJsonValue &match);
    bool matchShown() const;
    void fillRows(const QJsonObject &attributes);
    void updateKeptNote();

    QList<Contract::FieldSpec> m_specs;
    QStringList m_stages;
    QComboBox *m_matchKey = nullptr;
    QLineEdit *m_matchValue = nullptr;
    QLabel *m_matchProblem = nullptr;
    QLabel *m_keptNote = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_firstRowLine = 0;
    QWidget *m_lastInTabChain = nullptr;
    QTimer *m_builder = nullptr;
    QList<Row> m_rows;
    QJsonObject m_kept; // attributes the form cannot show
    // The match and attributes blocks as given (undefined: not in the body). The match is sent as
    // given until the user edits it; attributes that are not an object until a row is set.
    QJsonValue m_givenMatch;
    QJsonValue m_givenAttributes;
    bool m_matchEdited = false;
    QJsonObject m_extras; // top-level blocks other than match and attributes
    bool m_filling = false;
    bool m_readOnly = false;
    bool m_stacked = false;
    QScrollArea *m_scroll = nullptr;
    QString m_phoneRegion;
};

} // namespace AssertDesk::Ui
