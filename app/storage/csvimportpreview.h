// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/customer.h"
#include "invoices/invoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk::Storage {

// A row of an import file that cannot be imported, and why. `row` is the line number in the file
// where the record starts, the header being row 1 (a quoted field with line breaks makes a record
// span several lines; the next record's number counts them).
struct RowError {
    int row = 0;
    QString reason; // for staff, translated

    friend bool operator==(const RowError&, const RowError&) = default;
};

// One parsed row: an invoice with its customer (Invoice::customerId is 0; the book matches or
// creates the customer on import), or the error that stopped it.
struct ImportRow {
    int row = 0;
    std::optional<Invoice> invoice;
    Customer customer;
    std::optional<RowError> error;

    bool isValid() const { return invoice.has_value() && !error; }
};

// What an import would do, read without writing anything: shown to staff before they import.
struct CsvImportPreview {
    QString encoding; // "UTF-8" or "Windows-1252"
    QChar delimiter;  // ';', ',' or '\t'
    QStringList header;
    QList<ImportRow> rows;      // in file order, valid and rejected alike
    QList<RowError> fileErrors; // errors that stop the whole file (missing columns, bad mapping)
    QString sourceFile;         // for the audit log
    QString importedBy;         // the staff member, for the audit log

    int validCount() const;
    int errorCount() const;
    QList<RowError> errors() const; // file errors and row errors
};

struct ImportResult {
    int imported = 0;  // new invoices
    int updated = 0;   // invoices that existed with other values
    int unchanged = 0; // invoices that existed with the same values
    int rejected = 0;  // rows not imported, each in `errors`
    QList<RowError> errors;
};

} // namespace InvoiceDesk::Storage
