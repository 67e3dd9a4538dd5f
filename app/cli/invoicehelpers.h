// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandcontext.h"
#include "common/expected.h"
#include "invoices/invoice.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/workflowerror.h"

#include <QFuture>
#include <QString>

namespace InvoiceDesk::Cli {

// What the invoice workflow commands share: who acts (for the audit log), how they find an invoice
// and its latest request, and how they print the request a workflow left behind.
QString cliActor();
Expected<Invoice, QString> invoiceNamed(Storage::InvoiceBook& book, const QString& number);
Expected<PaymentAttempt, QString> latestAttempt(Storage::InvoiceBook& book, const QString& number);
QFuture<int> reportAttempt(CommandContext& context,
                           QFuture<Workflows::WorkflowResult<PaymentAttempt>> future);

} // namespace InvoiceDesk::Cli
