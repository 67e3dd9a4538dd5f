// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicestatus.h"

#include "invoices/paymentattempt.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

namespace {

// Money the customer has handed over and the merchant has not given back or released.
bool holdsMoney(const PaymentAttempt& attempt)
{
    return attempt.phase != AttemptPhase::Failed &&
           (attempt.capturedMinor > 0 || (attempt.vippsState == VippsState::Authorized &&
                                          attempt.authorizedMinor > attempt.cancelledMinor));
}

InvoiceStatus statusOfMoney(const PaymentAttempt& attempt)
{
    if (attempt.refundedMinor > 0)
        return attempt.refundedMinor >= attempt.capturedMinor ? InvoiceStatus::Refunded
                                                              : InvoiceStatus::PartlyRefunded;
    if (attempt.capturedMinor > 0)
        return InvoiceStatus::Captured;
    return InvoiceStatus::Paid;
}

InvoiceStatus statusOfSentAttempt(const PaymentAttempt& attempt)
{
    switch (attempt.vippsState) {
    case VippsState::Unknown:
    case VippsState::Created:
        return InvoiceStatus::AwaitingCustomer;
    case VippsState::Authorized:
        // Authorized with everything reserved released again: the merchant cancelled it.
        return attempt.capturedMinor == 0 && attempt.authorizedMinor > 0 &&
                       attempt.cancelledMinor >= attempt.authorizedMinor
                   ? InvoiceStatus::Cancelled
                   : statusOfMoney(attempt);
    case VippsState::Aborted:
        return InvoiceStatus::Declined;
    case VippsState::Expired:
        return InvoiceStatus::Expired;
    case VippsState::Terminated:
        // Terminated after a partial capture keeps the captured money.
        return attempt.capturedMinor > 0 ? statusOfMoney(attempt) : InvoiceStatus::Cancelled;
    }
    return InvoiceStatus::Failed; // not reached: the switch covers every state
}

} // namespace

InvoiceStatus deriveInvoiceStatus(const QList<PaymentAttempt>& attempts)
{
    if (attempts.isEmpty())
        return InvoiceStatus::Draft;
    // The latest attempt decides, except that an attempt holding the customer's money always wins over
    // a later one that failed or expired: the invoice is paid whatever happened afterwards.
    const PaymentAttempt* deciding = nullptr;
    for (const PaymentAttempt& attempt : attempts) {
        if (holdsMoney(attempt) && (!deciding || attempt.sequence > deciding->sequence))
            deciding = &attempt;
    }
    if (!deciding) {
        deciding = &*std::max_element(
            attempts.cbegin(), attempts.cend(),
            [](const PaymentAttempt& a, const PaymentAttempt& b) { return a.sequence < b.sequence; });
    }
    switch (deciding->phase) {
    case AttemptPhase::Preparing: // stored and on its way: staff should wait for the customer
        return InvoiceStatus::AwaitingCustomer;
    case AttemptPhase::Sent:
        return statusOfSentAttempt(*deciding);
    case AttemptPhase::Failed:
        return InvoiceStatus::Failed;
    }
    return InvoiceStatus::Failed; // not reached: the switch covers every phase
}

QString invoiceStatusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::AwaitingCustomer:
        return QStringLiteral("awaiting-customer");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Captured:
        return QStringLiteral("captured");
    case InvoiceStatus::PartlyRefunded:
        return QStringLiteral("partly-refunded");
    case InvoiceStatus::Refunded:
        return QStringLiteral("refunded");
    case InvoiceStatus::Expired:
        return QStringLiteral("expired");
    case InvoiceStatus::Declined:
        return QStringLiteral("declined");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    case InvoiceStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool invoiceStatusFromKey(const QString& key, InvoiceStatus* status)
{
    for (const InvoiceStatus candidate : allInvoiceStatuses()) {
        if (invoiceStatusKey(candidate) == key) {
            if (status)
                *status = candidate;
            return true;
        }
    }
    return false;
}

QList<InvoiceStatus> allInvoiceStatuses()
{
    return {InvoiceStatus::Draft,    InvoiceStatus::AwaitingCustomer, InvoiceStatus::Paid,
            InvoiceStatus::Captured, InvoiceStatus::PartlyRefunded,   InvoiceStatus::Refunded,
            InvoiceStatus::Expired,  InvoiceStatus::Declined,         InvoiceStatus::Cancelled,
            InvoiceStatus::Failed};
}

QString invoiceStatusDisplayName(InvoiceStatus status)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("InvoiceDesk", text);
    };
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::AwaitingCustomer:
        return tr("Awaiting customer");
    case InvoiceStatus::Paid:
        return tr("Paid (reserved)");
    case InvoiceStatus::Captured:
        return tr("Captured");
    case InvoiceStatus::PartlyRefunded:
        return tr("Partly refunded");
    case InvoiceStatus::Refunded:
        return tr("Refunded");
    case InvoiceStatus::Expired:
        return tr("Expired");
    case InvoiceStatus::Declined:
        return tr("Declined");
    case InvoiceStatus::Cancelled:
        return tr("Cancelled");
    case InvoiceStatus::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace InvoiceDesk
