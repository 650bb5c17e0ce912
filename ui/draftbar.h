#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace AssertDesk::Ui {

// The line above the request that says what happened to the request being written and offers
// the way back to it ("Back to my draft"), or, for a new empty request, the example to load.
class DraftBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftBar)

public:
    explicit DraftBar(QWidget *parent = nullptr);

    // Hidden when there is nothing to say or offer. `back` empty: no way back is offered.
    void showState(const QString &note, bool offerExample, const QString &back);
    QString note() const;

Q_SIGNALS:
    void exampleRequested();
    void backRequested();

private:
    QLabel *m_note;
    QPushButton *m_example;
    QPushButton *m_back;
};

} // namespace AssertDesk::Ui
