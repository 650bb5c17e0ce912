#pragma once

#include "fieldspec.h"

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;

namespace AssertDesk::Ui {

// The value part of one form row, typed by the field's write shape. Whether the field is sent
// at all (unset), and whether it is sent as null, is the row's business, not the editor's.
//
// A value given to an editor comes back exactly as it was until the user edits the row: what the
// widgets would make of it (a number written again, text trimmed) never replaces what was written.
// Editors of several parts (address, contact rows) keep the parts the user did not touch as written
// even after an edit of another part.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(QWidget *parent);

    static FieldEditor *create(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent);

    QJsonValue value() const;
    // Returns false, and changes nothing, when the value cannot be shown in this editor (the form
    // then keeps it as it was).
    bool setValue(const QJsonValue &value);
    void clear();
    // The widget that takes focus for this field (for "go to the problem").
    virtual QWidget *focusTarget() = 0;
    // The region a phone number written without +country code is read in (ISO code, "US"). The
    // phone editors send an edited number in E.164 as read there; the others have no use for it.
    virtual void setPhoneRegion(const QString &region) { Q_UNUSED(region) }

Q_SIGNALS:
    // The user changed the value (never emitted by setValue or clear).
    void edited();

protected:
    // The value the widgets make, on top of given() where the editor keeps untouched parts.
    virtual QJsonValue shownValue() const = 0;
    virtual bool showValue(const QJsonValue &value) = 0;
    virtual void clearShown() = 0;
    // After setValue() or clear() replaced the value, once value() gives the new one.
    virtual void valueReplaced() { }
    // What setValue was given; undefined after clear() or when nothing was given.
    const QJsonValue &given() const { return m_given; }
    // Whether the user changed the value since it was given or cleared.
    bool isEdited() const { return m_edited; }
    // Text the user changed in `edit`: typed, pasted, or set through the accessibility interface
    // (a screen reader or voice control calls setText, which emits textChanged but not
    // textEdited). What showValue and clearShown write does not count. Calls `before` first.
    void watchText(QLineEdit *edit, std::function<void()> before = {});

private:
    QJsonValue m_given {QJsonValue::Undefined};
    bool m_edited = false;
    bool m_showing = false; // inside showValue or clearShown
};

} // namespace AssertDesk::Ui
