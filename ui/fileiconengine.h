#pragma once

#include <QIconEngine>
#include <QList>
#include <QSize>
#include <QString>

namespace AssertDesk::Ui {

// An icon drawn from image files of known sizes, read each time a size is asked for and never
// kept. QIcon::addFile decodes every file at once and keeps the images for the icon's life; for
// the window icon that was a 256 px image (256 KB) held for the whole session, although the
// window system copies what it needs the moment the icon is set.
class FileIconEngine final : public QIconEngine
{
public:
    struct File
    {
        QString path;
        QSize size;
    };

    explicit FileIconEngine(QList<File> files);

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    const File *bestFor(const QSize &size) const;

    QList<File> m_files;
};

} // namespace AssertDesk::Ui
