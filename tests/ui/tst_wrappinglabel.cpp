#include "wrappinglabel.h"

#include <QTest>
#include <QVBoxLayout>

using AssertDesk::Ui::WrappingLabel;

namespace {

const QString kLong = QStringLiteral(
    "Nothing sent yet. Write a request in the middle and press Send. Until you choose a profile of your "
    "own it goes to the built-in sandbox, a local copy of the API with sample contacts.");

// A plain QLabel set up as the WrappingLabel is: what the window looked like before.
void lookAlike(QLabel *plain, const QLabel &wrapping)
{
    plain->setWordWrap(true);
    plain->setFont(wrapping.font());
    plain->setMargin(wrapping.margin());
    plain->setTextFormat(wrapping.textFormat());
    plain->setTextInteractionFlags(wrapping.textInteractionFlags());
    plain->setText(wrapping.text());
}

} // namespace

// A wrapped note, banner or problem is as tall as its lines at the pane's width, as a plain
// wrapped QLabel is, and grows or shrinks at once when its text, font or margins change.
class TestWrappingLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameHeightsAsAPlainLabel_data()
    {
        QTest::addColumn<bool>("selectable");
        QTest::newRow("plain") << false;
        QTest::newRow("selectable") << true;
    }

    void sameHeightsAsAPlainLabel()
    {
        QFETCH(bool, selectable);
        WrappingLabel label;
        label.setMargin(8);
        if (selectable)
            label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label.setText(kLong);
        QLabel plain;
        lookAlike(&plain, label);
        // Asked twice for each width, as nested layouts do: the second answer is the remembered one.
        for (int round = 0; round < 2; ++round)
            for (const int width : {120, 300, 520, 900, 300})
                QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
    }

    void growsWithALongerText()
    {
        WrappingLabel label;
        label.setText(QStringLiteral("Short."));
        const int oneLine = label.heightForWidth(300);
        label.setText(kLong);
        QVERIFY(label.heightForWidth(300) > 2 * oneLine);
        label.setText(QStringLiteral("Short."));
        QCOMPARE(label.heightForWidth(300), oneLine);
    }

    void followsTheFontAndMargins()
    {
        WrappingLabel label;
        label.setText(kLong);
        const int before = label.heightForWidth(300);
        QFont bigger = label.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        label.setFont(bigger);
        QVERIFY(label.heightForWidth(300) > before);
        label.setFont(QFont());
        QCOMPARE(label.heightForWidth(300), before);
        label.setMargin(20);
        QVERIFY(label.heightForWidth(300) > before);
    }

    // In a window the label takes the height its text needs at the width the layout gives it.
    void laidOutToShowEveryLine()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new WrappingLabel(&window);
        label->setText(kLong);
        layout->addWidget(label);
        layout->addStretch(1);
        window.resize(260, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label->height(), label->heightForWidth(label->width()));
        label->setText(kLong + QLatin1Char(' ') + kLong);
        QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(label->height() > label->fontMetrics().lineSpacing() * 6);
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
