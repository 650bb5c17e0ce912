#include "fileiconengine.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace AssertDesk::Ui {

FileIconEngine::FileIconEngine(QList<File> files)
    : m_files(std::move(files))
{
    std::sort(m_files.begin(), m_files.end(),
              [](const File &a, const File &b) { return a.size.width() < b.size.width(); });
}

const FileIconEngine::File *FileIconEngine::bestFor(const QSize &size) const
{
    // The smallest file at least as large as asked (scaled down), else the largest (scaled up).
    for (const File &file : m_files)
        if (file.size.width() >= size.width() && file.size.height() >= size.height())
            return &file;
    return m_files.isEmpty() ? nullptr : &m_files.constLast();
}

QSize FileIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const File *file = bestFor(size);
    if (!file)
        return {};
    // Like QIcon's own engine: never larger than asked, never larger than the image.
    return file->size.width() <= size.width() && file->size.height() <= size.height()
        ? file->size
        : file->size.scaled(size, Qt::KeepAspectRatio);
}

QPixmap FileIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap FileIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // As QIcon calls it: `size` is in device pixels already, `scale` the ratio to show it at.
    const QSize device = size;
    const File *file = bestFor(device);
    if (!file)
        return {};
    QImageReader reader(file->path);
    const QSize wanted = actualSize(device, mode, state);
    // The reader scales while decoding, so a large file asked small is never held whole.
    if (wanted != file->size)
        reader.setScaledSize(wanted);
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    if (pixmap.isNull())
        return pixmap;
    if (mode != QIcon::Normal && qApp) {
        QStyleOption option;
        option.palette = QApplication::palette();
        const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        if (!generated.isNull())
            pixmap = generated;
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

void FileIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap image = scaledPixmap(rect.size() * scale, mode, state, scale);
    if (image.isNull())
        return;
    const QSize shown = image.deviceIndependentSize().toSize();
    painter->drawPixmap(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, shown, rect), image);
}

QList<QSize> FileIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (const File &file : m_files)
        sizes.append(file.size);
    return sizes;
}

QIconEngine *FileIconEngine::clone() const
{
    return new FileIconEngine(m_files);
}

QString FileIconEngine::key() const
{
    return QStringLiteral("AssertDesk::FileIconEngine");
}

bool FileIconEngine::isNull()
{
    return m_files.isEmpty();
}

} // namespace AssertDesk::Ui
