// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "sandbox/sandboxpayment.h"
#include "storage/invoicebook.h"

namespace InvoiceDesk::Ui {

// A small invoice book for trying InvoiceDesk on the Sandbox: customers who are demo Vipps users
// (some with a consented number for push, some without a number), and invoices due soon or overdue.
// Adds nothing to a book that already has invoices. Returns how many invoices it added.
Storage::StorageResult<int> addDemoInvoices(Storage::InvoiceBook& book,
                                            const QList<Sandbox::SimulatedUser>& users, Clock& clock);

} // namespace InvoiceDesk::Ui
