// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/columnmapping.h"
#include "storage/csvimportpreview.h"
#include "storage/csvreader.h"

#include <QByteArray>
#include <QString>

namespace InvoiceDesk::Storage {

// Turns an accounting export into invoices and customers, writing nothing: the preview shows staff
// every row as an invoice or as an error with its row number and a specific reason, and
// InvoiceBook::import then stores the valid rows.
//
// Rows are numbered by the line of the file they start on, the header being row 1 (see CsvRecord).
// Records whose fields are all empty are skipped; every other record is either valid or reported.
// Amounts accept a decimal comma or point and thousands separators ("1 234,50", "1.234,50"); dates
// dd.MM.yyyy (also d.M.yyyy) or yyyy-MM-dd; currencies NOK, DKK, EUR (default when the column is
// absent or empty: the importer's default currency). A later row with an invoice number already seen
// in the file is rejected as a duplicate.
class InvoiceCsvImporter {
public:
    explicit InvoiceCsvImporter(ColumnMapping mapping = {}, QString defaultPhoneRegion = QStringLiteral("NO"),
                                QString defaultCurrency = QStringLiteral("NOK"));

    CsvImportPreview preview(const QByteArray& fileContents) const;
    CsvImportPreview preview(const CsvTable& table) const;
    // Reads the file; a file that cannot be read gives a preview with one file error.
    CsvImportPreview previewFile(const QString& path) const;

    static QDate parseDate(const QString& text); // invalid when it is not a date in an accepted form

private:
    ImportRow readRow(const CsvRecord& record, int columnCount, const QHash<ImportField, int>& columns) const;

    ColumnMapping m_mapping;
    QString m_defaultRegion;
    QString m_defaultCurrency;
};

} // namespace InvoiceDesk::Storage
