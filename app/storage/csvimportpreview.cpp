// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/csvimportpreview.h"

namespace InvoiceDesk::Storage {

int CsvImportPreview::validCount() const
{
    int count = 0;
    for (const ImportRow& row : rows)
        count += row.isValid() ? 1 : 0;
    return count;
}

int CsvImportPreview::errorCount() const
{
    return int(rows.size()) - validCount() + int(fileErrors.size());
}

QList<RowError> CsvImportPreview::errors() const
{
    QList<RowError> result = fileErrors;
    for (const ImportRow& row : rows) {
        if (row.error)
            result.append(*row.error);
    }
    return result;
}

} // namespace InvoiceDesk::Storage
