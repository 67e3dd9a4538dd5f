// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "storage/invoicebook.h"

#include <memory>

namespace InvoiceDesk::Bench {

struct BenchBook {
    std::unique_ptr<Storage::InvoiceBook> book;
    double importSeconds = 0;
    QList<qint64> invoiceIds;
};

// A book in `file` with `count` invoices for `customers` customers, written through the CSV import
// (one transaction) as an office would load it. Every customer has one of the sandbox's known numbers
// and a recorded push consent, so each invoice can be pushed.
BenchBook makeBenchBook(const QString& file, Clock& clock, int count, int customers);

} // namespace InvoiceDesk::Bench
