#pragma once

#include "requestvalidator.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace AssertDesk::Ui {

// The request area: the body that will be sent, checked as it is typed. The typed form joins it
// later; the JSON text is the source of truth either way.
class RequestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPanel)

public:
    explicit RequestPanel(QWidget *parent = nullptr);

    QString bodyText() const;
    void setBodyText(const QString &text);
    const Core::ValidationProblems &problems() const { return m_problems; }

Q_SIGNALS:
    void problemsChanged(int errors, int warnings);

private:
    void revalidate();

    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_problemList = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_debounce = nullptr;
    Core::RequestValidator m_validator;
    Core::ValidationProblems m_problems;
};

} // namespace AssertDesk::Ui
