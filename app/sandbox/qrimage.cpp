// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/qrimage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <qrencode.h>

#include <memory>
#include <vector>

namespace InvoiceDesk::Sandbox {

namespace {
constexpr int quietZone = 4;

// The modules as rows of booleans, quiet zone excluded; empty when the text cannot be encoded.
std::vector<std::vector<bool>> modules(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    std::vector<std::vector<bool>> rows;
    if (!code)
        return rows;
    const int width = code->width;
    rows.resize(size_t(width), std::vector<bool>(size_t(width)));
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x)
            rows[size_t(y)][size_t(x)] = (code->data[y * width + x] & 1) != 0;
    }
    return rows;
}
} // namespace

QByteArray QrImage::svg(const QString& text)
{
    const auto rows = modules(text);
    const int total = int(rows.size()) + 2 * quietZone;
    QByteArray out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "viewBox=\"0 0 " +
        QByteArray::number(total) + ' ' + QByteArray::number(total) +
        "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
        "<path fill=\"#000\" d=\"";
    for (size_t y = 0; y < rows.size(); ++y) {
        for (size_t x = 0; x < rows[y].size(); ++x) {
            if (rows[y][x])
                out += 'M' + QByteArray::number(int(x) + quietZone) + ',' +
                       QByteArray::number(int(y) + quietZone) + "h1v1h-1z";
        }
    }
    out += "\"/>\n</svg>\n";
    return out;
}

QByteArray QrImage::png(const QString& text, int size)
{
    const auto rows = modules(text);
    const int total = int(rows.size()) + 2 * quietZone;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const double scale = double(size) / total;
        for (size_t y = 0; y < rows.size(); ++y) {
            for (size_t x = 0; x < rows[y].size(); ++x) {
                if (rows[y][x])
                    painter.fillRect(
                        QRectF((int(x) + quietZone) * scale, (int(y) + quietZone) * scale, scale, scale),
                        Qt::black);
            }
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace InvoiceDesk::Sandbox
