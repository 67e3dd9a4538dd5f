// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/textdecoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace InvoiceDesk::Storage {

// One record of a CSV file. `line` is the line of the file where it starts, the first line being 1
// (so the header is row 1); a quoted field with line breaks makes a record span several lines.
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QString error; // set when the record could not be read whole (an unterminated quote)
};

struct CsvTable {
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    QChar delimiter = QLatin1Char(';');
    QList<CsvRecord> records; // the header first; records whose fields are all empty are left out
};

// Reads CSV as accounting programs and Excel write it: ';', ',' or tab (detected from the header
// line), UTF-8 with or without BOM or Windows-1252 (detected), CRLF, LF or CR line ends, fields in
// double quotes holding delimiters, doubled quotes and line breaks.
class CsvReader {
public:
    static CsvTable read(const QByteArray& bytes);
    // The delimiter that occurs most often outside quotes in the first line; ';' when none does.
    static QChar detectDelimiter(const QString& text);
    static QList<CsvRecord> parse(const QString& text, QChar delimiter);
};

} // namespace InvoiceDesk::Storage
