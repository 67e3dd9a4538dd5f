// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace InvoiceDesk::Storage {

// The values an invoice import reads from a file.
enum class ImportField {
    InvoiceNumber,
    Customer,
    CustomerNumber,
    Phone,
    Email,
    Amount,
    Currency,
    IssueDate,
    DueDate,
    Description,
    Link,
};

// Which column of an import file holds which value. By default columns are found by their header in
// English or Norwegian ("Invoice number", "Fakturanummer", "Fakturanr." ...; case, spaces and
// punctuation do not matter). A mapping file overrides that per field:
//   {"invoice_number": "Bilagsnr", "amount": "Totalt inkl. mva"}
class ColumnMapping {
public:
    ColumnMapping() = default;

    static Expected<ColumnMapping, QString> fromJson(const QByteArray& json);
    static Expected<ColumnMapping, QString> fromFile(const QString& path);

    void setHeader(ImportField field, const QString& header) { m_overrides.insert(field, header); }
    QHash<ImportField, QString> overrides() const { return m_overrides; }

    // Field → column index for a header row. Errors name what is missing; invoice number, customer
    // and amount are required.
    Expected<QHash<ImportField, int>, QStringList> resolve(const QStringList& header) const;

    static QList<ImportField> allFields();
    static QString fieldKey(ImportField field); // "invoice_number", as in mapping files
    static QStringList knownHeaders(ImportField field);
    // "Fakturanr." → "fakturanr": lower case, letters and digits only.
    static QString normalizeHeader(const QString& header);

private:
    QHash<ImportField, QString> m_overrides;
};

} // namespace InvoiceDesk::Storage
