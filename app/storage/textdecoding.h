// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace InvoiceDesk::Storage {

// Files from accounting systems come as UTF-8 (with or without a byte order mark) or, from older
// Windows programs and Excel, as Windows-1252. Valid UTF-8 is read as UTF-8, anything else as 1252:
// 1252 text with any letter beyond ASCII (ø, æ, å) is practically never valid UTF-8.
class TextDecoding {
public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    static QString decode(const QByteArray& bytes, Encoding* detected = nullptr);
    static bool isValidUtf8(const QByteArray& bytes);
    // Qt 6.4's QStringDecoder has no Windows-1252: Latin-1 plus the 32 characters 1252 puts in
    // 0x80–0x9F (€, ‚, ƒ, „, …, š, œ, ž, Ÿ ...).
    static QString decodeWindows1252(const QByteArray& bytes);
    static QString encodingName(Encoding encoding); // "UTF-8", "UTF-8 (BOM)", "Windows-1252"
};

} // namespace InvoiceDesk::Storage
