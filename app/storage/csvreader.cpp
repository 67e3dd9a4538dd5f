// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/csvreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk::Storage {

CsvTable CsvReader::read(const QByteArray& bytes)
{
    CsvTable table;
    const QString text = TextDecoding::decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);
    table.records = parse(text, table.delimiter);
    return table;
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    // Ties go to the delimiter least likely to appear inside a header name.
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return QLatin1Char('\t');
    if (semicolons > 0 && semicolons >= commas)
        return QLatin1Char(';');
    if (commas > 0)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

QList<CsvRecord> CsvReader::parse(const QString& text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    record.line = 1;
    qsizetype recordStart = 0;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank || !record.error.isEmpty())
            records.append(record);
        record = CsvRecord();
    };
    const auto isLineEnd = [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };

    const qsizetype size = text.size();
    qsizetype i = 0;
    while (true) {
        if (i >= size) {
            if (!inQuotes)
                break;
            // A quote that is never closed would swallow the rest of the file. Report the record it
            // opened on its own line and read on from the next line, so that no later row is lost.
            const int startLine = record.line;
            record = CsvRecord();
            record.line = startLine;
            record.error = QCoreApplication::translate("InvoiceDesk::Storage",
                                                       "a quoted field is not closed (a \" is missing)");
            records.append(record);
            qsizetype next = recordStart;
            while (next < size && !isLineEnd(text.at(next)))
                ++next;
            if (next < size && text.at(next) == QLatin1Char('\r') && next + 1 < size &&
                text.at(next + 1) == QLatin1Char('\n'))
                ++next;
            i = next + 1;
            inQuotes = false;
            field.clear();
            fieldWasQuoted = false;
            record = CsvRecord();
            line = startLine + 1;
            record.line = line;
            recordStart = i;
            if (i >= size)
                return records;
            continue;
        }
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // Line breaks inside a field are kept as "\n" whatever the file used.
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++line;
                field.append(QLatin1Char('\n'));
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            // Only a quote at the start of a field opens a quoted field; spaces before it are dropped.
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (isLineEnd(c)) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            recordStart = i + 1;
        } else {
            field.append(c);
        }
        ++i;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace InvoiceDesk::Storage
