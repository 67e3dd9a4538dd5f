// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace InvoiceDesk::Workflows {

// The rules Vipps applies to captures, cancels and refunds, checked locally first so
// that staff get a clear reason instead of a refused request. Each function returns an empty string
// when the action is allowed, otherwise the reason in the user's language. Vipps documents the rules at
// https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/operations/capture/,
// https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/operations/cancel and
// https://developer.vippsmobilepay.com/docs/knowledge-base/refund/
class ActionRules {
    Q_DECLARE_TR_FUNCTIONS(ActionRules)

public:
    static constexpr int captureDeadlineDays = 180;
    static constexpr int refundDeadlineDays = 365;
    static constexpr qint64 minimumAmountMinor = 100; // NOK 1.00

    static QString whyNotCapture(const PaymentAttempt& attempt, qint64 amountMinor, const QDateTime& now);
    static QString whyNotCancel(const PaymentAttempt& attempt, const QDateTime& now);
    static QString whyNotRefund(const PaymentAttempt& attempt, qint64 amountMinor, const QDateTime& now);
    // A new request with a new reference: only when the latest one can no longer be paid.
    static QString whyNotResend(const QList<PaymentAttempt>& attempts);
    static QString whyNotCheck(const PaymentAttempt& attempt);

    static qint64 capturableMinor(const PaymentAttempt& attempt);
    static qint64 refundableMinor(const PaymentAttempt& attempt);
};

} // namespace InvoiceDesk::Workflows
