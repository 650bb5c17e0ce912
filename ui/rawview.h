#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace AssertDesk::Ui {

// The Raw tab: the status line, the headers and the body of an answer. The body is shown
// indented when it is JSON (every token as the server wrote it: numbers, escapes and key order
// are not rewritten), or byte for byte with "Pretty-print" off; long lines wrap unless "Wrap
// lines" is off. Both choices are remembered. Text that could act on a terminal or reorder a line
// (control characters, bidirectional overrides) is written out in either view.
class RawView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawView)

public:
    explicit RawView(QWidget *parent = nullptr);

    // `head`: the status line and headers, already made visible; `tail`: a note after the body.
    void setAnswer(const QString &head, const QByteArray &body, const QString &tail);
    void clear();
    QPlainTextEdit *editor() const { return m_text; }

    // The body re-indented two spaces a level, each token kept as written; empty when it is not
    // a JSON document.
    static QByteArray indented(const QByteArray &json);

private:
    void refill();

    QCheckBox *m_pretty;
    QCheckBox *m_wrap;
    QPlainTextEdit *m_text;
    QString m_head;
    QByteArray m_body;
    QString m_tail;
};

} // namespace AssertDesk::Ui
