#include "question.h"

#include <QMessageBox>
#include <QPushButton>

namespace AssertDesk::Ui {

namespace {

std::optional<bool> g_nextAnswer;
QString g_lastQuestion;

} // namespace

bool Question::ask(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    g_lastQuestion = text;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("question"));
    QPushButton *go = box.addButton(yes, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("questionYes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void Question::setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

QString Question::lastQuestion()
{
    return g_lastQuestion;
}

} // namespace AssertDesk::Ui
