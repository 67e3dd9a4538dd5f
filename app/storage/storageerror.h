// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"

#include <QString>

namespace InvoiceDesk::Storage {

// What went wrong in the invoice book: a sentence for staff (translated) and the driver's own text
// for the log and bug reports.
struct StorageError {
    QString message; // for staff, through tr()
    QString detail;  // driver text, SQL error, file name
};

template<class T>
using StorageResult = Expected<T, StorageError>;

} // namespace InvoiceDesk::Storage
