// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader and the invoice importer's preview on arbitrary bytes. Besides not
// crashing, every record must start on a line inside the file, in order, and every row of the preview
// must be either an invoice or an error with a reason.
#include "storage/csvreader.h"
#include "storage/invoicecsvimporter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace InvoiceDesk::Storage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvTable table = CsvReader::read(bytes);
    int previousLine = 0;
    for (const CsvRecord& record : table.records) {
        if (record.line <= previousLine)
            std::abort();
        previousLine = record.line;
    }
    const CsvImportPreview preview = InvoiceCsvImporter().preview(table);
    for (const ImportRow& row : preview.rows) {
        if (row.invoice.has_value() == row.error.has_value())
            std::abort();
        if (row.error && row.error->reason.isEmpty())
            std::abort();
    }
    if (preview.validCount() + preview.errorCount() < int(preview.rows.size()))
        std::abort();
    return 0;
}
