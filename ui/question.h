#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace AssertDesk::Ui {

// A yes-or-cancel question before something that cannot be taken back (removing a profile and
// its key, resetting the sandbox, dropping a draft). Cancel is the default button, so Enter
// never destroys anything. Tests give the answer in advance instead of a person clicking.
class Question final
{
    Q_DECLARE_TR_FUNCTIONS(Question)

public:
    // True if the person chose `yes` (the label of the button that goes ahead).
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yes);

    // The answer the next ask() gives at once, showing nothing (a test seam, as KeePassXC's
    // MessageBox::setNextAnswer); and the text of the last question asked, answered or not.
    static void setNextAnswer(std::optional<bool> answer);
    static QString lastQuestion();
};

} // namespace AssertDesk::Ui
