// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace InvoiceDesk {

struct PaymentAttempt;

// What staff see for an invoice, derived from its payment attempts by one exhaustive function.
enum class InvoiceStatus {
    Draft,            // no request sent yet
    AwaitingCustomer, // a request is out and the customer has not answered
    Paid,             // authorized by the customer, not yet captured
    Captured,         // money captured (fully or partly)
    PartlyRefunded,
    Refunded,
    Expired,   // the last request ran out before the customer paid
    Declined,  // the customer rejected the last request
    Cancelled, // the merchant cancelled the last request
    Failed,    // the last request could not be sent or Vipps refused it
};

// Derives the status from every attempt of one invoice. The latest attempt (highest sequence) decides,
// except that an attempt holding the customer's money (authorized, captured, refunded) wins over any
// later one. No attempt: Draft. An attempt still being prepared or sent counts as awaiting the customer.
InvoiceStatus deriveInvoiceStatus(const QList<PaymentAttempt>& attempts);

// Stable lower-case names for storage, CSV, the CLI and JSON ("awaiting-customer").
QString invoiceStatusKey(InvoiceStatus status);
bool invoiceStatusFromKey(const QString& key, InvoiceStatus* status);
// Every status, in the order of the enum: for filters and tests.
QList<InvoiceStatus> allInvoiceStatuses();
// Translated name for people.
QString invoiceStatusDisplayName(InvoiceStatus status);

} // namespace InvoiceDesk
