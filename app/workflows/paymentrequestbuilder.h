// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/customer.h"
#include "invoices/invoice.h"
#include "invoices/paymentattempt.h"
#include "vipps/createpaymentrequest.h"
#include "workflows/merchantprofile.h"

#include <QCoreApplication>

namespace InvoiceDesk::Workflows {

// Turns an invoice and a stored payment attempt into the exact create-payment request. It depends
// only on stored data, so the request rebuilt after a crash is byte for byte the one first sent.
class PaymentRequestBuilder {
    Q_DECLARE_TR_FUNCTIONS(PaymentRequestBuilder)

public:
    static constexpr int minimumDescriptionLength = 3;
    static constexpr int maximumDescriptionLength = 100;

    // "Invoice# 424243, due date: 01 Jan 2025", or in Norwegian "Faktura 424243, forfall 01.01.2025".
    static QString defaultDescription(const Invoice& invoice, const QString& language);
    static Vipps::Receipt receiptFor(const Invoice& invoice);
    static Vipps::CreatePaymentRequest build(const Invoice& invoice, const PaymentAttempt& attempt,
                                             const MerchantProfile& profile);
    // The link the customer opens from the payment in the Vipps app (Order Management category).
    static QUrl invoiceLink(const Invoice& invoice, const PaymentAttempt& attempt,
                            const MerchantProfile& profile);
    static QByteArray body(const Vipps::CreatePaymentRequest& request);
};

} // namespace InvoiceDesk::Workflows
