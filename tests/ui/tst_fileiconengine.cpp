#include "fileiconengine.h"

#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

using AssertDesk::Ui::FileIconEngine;

namespace {

// The window icon as the main window sets it.
QIcon windowIcon()
{
    return QIcon(new FileIconEngine({{QStringLiteral(":/icons/assertdesk-256.png"), QSize(256, 256)},
                                     {QStringLiteral(":/icons/assertdesk-64.png"), QSize(64, 64)}}));
}

QImage argb(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestFileIconEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window system is offered both sizes, smallest first, without any image being read.
    void offersBothSizes()
    {
        const QIcon icon = windowIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.availableSizes(), (QList<QSize> {QSize(64, 64), QSize(256, 256)}));
    }

    // Each size is the file's own image, pixel for pixel: what a person sees did not change.
    void eachSizeIsItsFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("size");
        QTest::newRow("64") << QStringLiteral(":/icons/assertdesk-64.png") << 64;
        QTest::newRow("256") << QStringLiteral(":/icons/assertdesk-256.png") << 256;
    }
    void eachSizeIsItsFile()
    {
        QFETCH(QString, path);
        QFETCH(int, size);
        const QImage file = QImage(path).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QVERIFY(!file.isNull());
        const QPixmap shown = windowIcon().pixmap(QSize(size, size));
        QCOMPARE(shown.size(), QSize(size, size));
        QCOMPARE(argb(shown), file);
    }

    // A size between the files is drawn from the next larger one, scaled down, never cut; a size
    // above the largest is the largest (an icon is not blown up past its image).
    void otherSizes()
    {
        const QIcon icon = windowIcon();
        const QPixmap small = icon.pixmap(QSize(32, 32));
        QCOMPARE(small.size(), QSize(32, 32));
        QVERIFY(qAlpha(argb(small).pixel(16, 16)) > 0);
        QCOMPARE(icon.pixmap(QSize(128, 128)).size(), QSize(128, 128));
        QCOMPARE(icon.actualSize(QSize(512, 512)), QSize(256, 256));
        QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(256, 256));
    }

    // Painted into a rectangle (as a title bar or a dialog does), the icon is centred in it.
    void paintsCentred()
    {
        QImage canvas(100, 80, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            windowIcon().paint(&painter, QRect(0, 0, 100, 80));
        }
        QVERIFY(qAlpha(canvas.pixel(50, 40)) > 0);
        QCOMPARE(qAlpha(canvas.pixel(2, 40)), 0); // the 80 px image starts at x = 10
    }

    // A file that cannot be read gives an empty pixmap, not a crash or a stale image.
    void missingFile()
    {
        const QIcon icon(new FileIconEngine({{QStringLiteral(":/icons/no-such-icon.png"), QSize(64, 64)}}));
        QVERIFY(icon.pixmap(QSize(64, 64)).isNull());
        QVERIFY(QIcon(new FileIconEngine({})).isNull());
    }
};

QTEST_MAIN(TestFileIconEngine)
#include "tst_fileiconengine.moc"
