// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/customer.h"
#include "invoices/invoice.h"
#include "invoices/paymentattempt.h"
#include "storage/auditentry.h"
#include "storage/invoicerow.h"

#include <QJsonObject>

namespace InvoiceDesk::Cli {

// The shapes of the book's records in the CLI's --json output. Amounts are minor units.
QJsonObject invoiceJson(const Invoice& invoice);
QJsonObject invoiceRowJson(const Storage::InvoiceRow& row);
QJsonObject customerJson(const Customer& customer);
QJsonObject attemptJson(const PaymentAttempt& attempt);
QJsonObject auditJson(const Storage::AuditEntry& entry);

} // namespace InvoiceDesk::Cli
