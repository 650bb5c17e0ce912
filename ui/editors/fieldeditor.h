#pragma once

#include "fieldspec.h"

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

namespace AssertDesk::Ui {

// The value part of one form row, typed by the field's write shape. Whether the field is sent
// at all (unset), and whether it is sent as null, is the row's business, not the editor's.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    static FieldEditor *create(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent);

    virtual QJsonValue value() const = 0;
    // Returns false when the value cannot be shown in this editor (it is then kept as it was).
    virtual bool setValue(const QJsonValue &value) = 0;
    virtual void clear() = 0;
    // The widget that takes focus for this field (for "go to the problem").
    virtual QWidget *focusTarget() = 0;

Q_SIGNALS:
    void edited();
};

} // namespace AssertDesk::Ui
