// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/customer.h"
#include "storage/invoicerow.h"
#include "storage/storageerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace InvoiceDesk::Storage {

class InvoiceBook;

// Writes invoices with their status, amounts and latest reference as CSV that Excel with Norwegian
// settings opens cleanly by double-click: UTF-8 with BOM, ';' between fields, CRLF, decimal comma
// without grouping ("1234,50"), dates dd.MM.yyyy, fields quoted only when needed. Text that Excel
// would take for a formula (starting with = + - @) gets a leading "'", which the importer removes.
// Phone numbers are written "0047 912 34 567" so that Excel keeps them as text. The headers are
// ones the importer recognises, so an export can be imported again.
class InvoiceCsvExporter {
public:
    static QByteArray toCsv(const QList<InvoiceRow>& rows, const QHash<qint64, Customer>& customers);
    static StorageResult<QByteArray> exportBook(const InvoiceBook& book);
    static StorageResult<Done> exportBookToFile(const InvoiceBook& book, const QString& file);

    static QString formatAmount(qint64 minor); // "1234,50", "-12,00"
    static QString quoteField(const QString& value);
};

} // namespace InvoiceDesk::Storage
