// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/textdecoding.h"

#include <QStringDecoder>

namespace InvoiceDesk::Storage {

namespace {

// Windows-1252 0x80–0x9F; the five bytes 1252 leaves undefined map to their C1 control, as Windows'
// own decoder does.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const QByteArray utf8Bom("\xEF\xBB\xBF");

} // namespace

bool TextDecoding::isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString TextDecoding::decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ =
            value >= 0x80 && value <= 0x9F ? QChar(windows1252High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

QString TextDecoding::decode(const QByteArray& bytes, Encoding* detected)
{
    if (bytes.startsWith(utf8Bom)) {
        const QByteArray rest = bytes.mid(utf8Bom.size());
        if (isValidUtf8(rest)) {
            if (detected)
                *detected = Encoding::Utf8WithBom;
            return QString::fromUtf8(rest);
        }
    } else if (isValidUtf8(bytes)) {
        if (detected)
            *detected = Encoding::Utf8;
        return QString::fromUtf8(bytes);
    }
    if (detected)
        *detected = Encoding::Windows1252;
    return decodeWindows1252(bytes);
}

QString TextDecoding::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace InvoiceDesk::Storage
