#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace AssertDesk::Ui {

// The line under a phone number in the form: the E.164 form that will be sent for what was typed,
// or that what was typed cannot be a valid number. The field itself keeps what the user typed;
// only the body carries the E.164 form.
class PhoneHint final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneHint)

public:
    struct Text
    {
        QString text; // empty: nothing to say (nothing typed, or typed in E.164 already)
        bool problem = false;
    };

    // What to say of `typed` (as it stands in the field) when `sent` is what the body carries for
    // it, reading a number without +country code in `region`.
    static Text of(const QString &typed, const QString &sent, const QString &region);
    static void show(QLabel *label, const Text &hint);
    // The hint label for the editor whose field is `fieldName`: small, hidden until it has text.
    static QLabel *makeLabel(const QString &fieldName, QWidget *parent);
};

} // namespace AssertDesk::Ui
