#include "rawview.h"

#include <QCheckBox>
#include <QFontInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using AssertDesk::Ui::RawView;

// The Raw tab: a JSON body indented by default with every token as the server wrote it, the
// bytes exactly as received with pretty-print off, lines wrapped unless asked not to; both
// choices kept for the next answer and the next run.
class TestRawView final : public QObject
{
    Q_OBJECT

private:
    // A number past double precision and keys out of order: a re-serialised document would change both.
    const QByteArray m_body = R"({"id":12345678901234567890,"b":[],"a":{"x":"a, b: {c}","y":[1,2]}})";

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void prettyByDefaultEveryTokenKept()
    {
        RawView view;
        view.setAnswer(QStringLiteral("HTTP 200\n"), m_body, {});
        const QString shown = view.editor()->toPlainText();
        QCOMPARE(shown,
                 QStringLiteral("HTTP 200\n\n{\n  \"id\": 12345678901234567890,\n  \"b\": [],\n  \"a\": {\n    \"x\": "
                                "\"a, b: {c}\",\n    \"y\": [\n      1,\n      2\n    ]\n  }\n}"));
        QCOMPARE(view.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    void offShowsTheBytesAsReceivedAndIsRemembered()
    {
        {
            RawView view;
            view.setAnswer(QStringLiteral("HTTP 200\n"), m_body, {});
            auto *pretty = view.findChild<QCheckBox *>(QStringLiteral("rawPretty"));
            auto *wrap = view.findChild<QCheckBox *>(QStringLiteral("rawWrap"));
            QVERIFY(pretty && wrap);
            pretty->click();
            wrap->click();
            QCOMPARE(view.editor()->toPlainText(), QStringLiteral("HTTP 200\n\n") + QString::fromUtf8(m_body));
            QCOMPARE(view.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
        }
        RawView next; // the next run
        next.setAnswer({}, m_body, {});
        QCOMPARE(next.editor()->toPlainText(), QStringLiteral("\n") + QString::fromUtf8(m_body));
        QCOMPARE(next.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
    }

    // An answer is read in a fixed-pitch font, where an indented body lines up.
    void anAnswerIsShownInAFixedPitchFont()
    {
        RawView view;
        view.setAnswer(QStringLiteral("HTTP 200\n"), m_body, {});
        QVERIFY(QFontInfo(view.editor()->font()).fixedPitch());
    }

    void aBodyThatIsNotJsonIsShownAsItCame()
    {
        RawView view;
        const QByteArray html = "<html>  {not json}\n</html>";
        view.setAnswer({}, html, {});
        QCOMPARE(view.editor()->toPlainText(), QStringLiteral("\n") + QString::fromUtf8(html));
        QVERIFY(RawView::indented(html).isEmpty());
    }
};

QTEST_MAIN(TestRawView)
#include "tst_rawview.moc"
