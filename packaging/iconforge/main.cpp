// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon into the raster formats each system wants,
// so that only the SVG is kept in the repository.
//   iconforge png  <svg> <size> <out.png>
//   iconforge ico  <svg> <out.ico>     (16..256, PNG-compressed entries, Windows Vista and later)
//   iconforge icns <svg> <out.icns>    (16..1024 including @2x, PNG entries, macOS 10.7 and later)
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextStream>

#include <optional>
#include <utility>

namespace {

std::optional<QByteArray> renderPng(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
        return std::nullopt;
    return png;
}

void appendLE16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>(value >> 8));
}

void appendLE32(QByteArray& out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

void appendBE32(QByteArray& out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

// ICONDIR, then one ICONDIRENTRY per image, then the PNG payloads.
std::optional<QByteArray> buildIco(QSvgRenderer& svg)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (const int size : sizes) {
        auto png = renderPng(svg, size);
        if (!png)
            return std::nullopt;
        images.append(*png);
    }
    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, static_cast<quint16>(images.size()));
    quint32 offset = 6 + 16 * static_cast<quint32>(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = sizes.at(i);
        out.append(static_cast<char>(size >= 256 ? 0 : size)); // 0 means 256
        out.append(static_cast<char>(size >= 256 ? 0 : size));
        out.append('\0');    // palette colours
        out.append('\0');    // reserved
        appendLE16(out, 1);  // colour planes
        appendLE16(out, 32); // bits per pixel
        appendLE32(out, static_cast<quint32>(images.at(i).size()));
        appendLE32(out, offset);
        offset += static_cast<quint32>(images.at(i).size());
    }
    for (const QByteArray& image : std::as_const(images))
        out.append(image);
    return out;
}

// 'icns', total length, then (type, length, PNG) chunks; lengths include the 8-byte headers.
std::optional<QByteArray> buildIcns(QSvgRenderer& svg)
{
    const QList<std::pair<const char*, int>> chunks{
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64},  {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto& [type, size] : chunks) {
        auto png = renderPng(svg, size);
        if (!png)
            return std::nullopt;
        body.append(type, 4);
        appendBE32(body, static_cast<quint32>(png->size() + 8));
        body.append(*png);
    }
    QByteArray out("icns");
    appendBE32(out, static_cast<quint32>(body.size() + 8));
    out.append(body);
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

int usage()
{
    QTextStream(stderr) << "usage: iconforge png <svg> <size> <out.png>\n"
                           "       iconforge ico <svg> <out.ico>\n"
                           "       iconforge icns <svg> <out.icns>\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return usage();

    const QString mode = args.at(1);
    QSvgRenderer svg(args.at(2));
    if (!svg.isValid()) {
        QTextStream(stderr) << "iconforge: cannot read " << args.at(2) << '\n';
        return 1;
    }

    std::optional<QByteArray> bytes;
    QString output;
    if (mode == QLatin1String("png") && args.size() == 5) {
        bool ok = false;
        const int size = args.at(3).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return usage();
        bytes = renderPng(svg, size);
        output = args.at(4);
    } else if (mode == QLatin1String("ico") && args.size() == 4) {
        bytes = buildIco(svg);
        output = args.at(3);
    } else if (mode == QLatin1String("icns") && args.size() == 4) {
        bytes = buildIcns(svg);
        output = args.at(3);
    } else {
        return usage();
    }

    if (!bytes || !writeFile(output, *bytes)) {
        QTextStream(stderr) << "iconforge: cannot write " << output << '\n';
        return 1;
    }
    return 0;
}
