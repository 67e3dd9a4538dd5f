// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/actionrules.h"

#include "invoices/money.h"

namespace InvoiceDesk::Workflows {

namespace {

bool isFinalWithoutMoney(VippsState state)
{
    switch (state) {
    case VippsState::Aborted:
    case VippsState::Expired:
    case VippsState::Terminated:
        return true;
    case VippsState::Unknown:
    case VippsState::Created:
    case VippsState::Authorized:
        return false;
    }
    return false;
}

} // namespace

qint64 ActionRules::capturableMinor(const PaymentAttempt& attempt)
{
    return std::max<qint64>(0, attempt.authorizedMinor - attempt.capturedMinor - attempt.cancelledMinor);
}

qint64 ActionRules::refundableMinor(const PaymentAttempt& attempt)
{
    return std::max<qint64>(0, attempt.capturedMinor - attempt.refundedMinor);
}

QString ActionRules::whyNotCapture(const PaymentAttempt& attempt, qint64 amountMinor, const QDateTime& now)
{
    if (attempt.vippsState != VippsState::Authorized)
        return tr("Only a payment the customer has approved can be captured.");
    if (capturableMinor(attempt) == 0)
        return attempt.cancelledMinor > 0
                   ? tr("The rest of this payment was cancelled; nothing is left to capture.")
                   : tr("This payment is already captured in full.");
    if (amountMinor <= 0)
        return tr("Enter an amount greater than zero.");
    if (amountMinor > capturableMinor(attempt))
        return tr("The amount is more than the %1 that is left to capture.")
            .arg(Money(capturableMinor(attempt), attempt.currency).toDisplayString());
    if (attempt.createdAt.isValid() && attempt.createdAt.daysTo(now) > captureDeadlineDays)
        return tr("The capture period of %1 days has run out. Ask the customer to pay again.")
            .arg(captureDeadlineDays);
    return {};
}

QString ActionRules::whyNotCancel(const PaymentAttempt& attempt, const QDateTime& now)
{
    if (attempt.phase == AttemptPhase::Failed)
        return tr("This request was never created at Vipps, so there is nothing to cancel.");
    if (isFinalWithoutMoney(attempt.vippsState))
        return tr("This request has already ended; it cannot be cancelled.");
    if (attempt.vippsState == VippsState::Authorized) {
        if (capturableMinor(attempt) == 0)
            return attempt.cancelledMinor > 0
                       ? tr("This payment is already cancelled.")
                       : tr("A fully captured payment cannot be cancelled. Refund it instead.");
        if (attempt.createdAt.isValid() && attempt.createdAt.daysTo(now) > captureDeadlineDays)
            return tr("The cancel period of %1 days has run out.").arg(captureDeadlineDays);
    }
    return {};
}

QString ActionRules::whyNotRefund(const PaymentAttempt& attempt, qint64 amountMinor, const QDateTime& now)
{
    if (attempt.vippsState != VippsState::Authorized || attempt.capturedMinor == 0)
        return tr("Only captured money can be refunded.");
    if (refundableMinor(attempt) == 0)
        return tr("This payment is already refunded in full.");
    if (amountMinor <= 0)
        return tr("Enter an amount greater than zero.");
    if (amountMinor > refundableMinor(attempt))
        return tr("The amount is more than the %1 that can still be refunded.")
            .arg(Money(refundableMinor(attempt), attempt.currency).toDisplayString());
    if (attempt.createdAt.isValid() && attempt.createdAt.daysTo(now) > refundDeadlineDays)
        return tr("The refund period of %1 days has run out.").arg(refundDeadlineDays);
    return {};
}

QString ActionRules::whyNotResend(const QList<PaymentAttempt>& attempts)
{
    if (attempts.isEmpty())
        return tr("No request has been sent for this invoice yet.");
    const PaymentAttempt& latest = attempts.constLast();
    if (latest.phase == AttemptPhase::Failed || isFinalWithoutMoney(latest.vippsState))
        return {};
    if (latest.vippsState == VippsState::Authorized)
        return tr("The customer has already paid this invoice.");
    return tr("The request %1 is still waiting for the customer. Cancel it first, or wait until it expires.")
        .arg(latest.reference);
}

QString ActionRules::whyNotCheck(const PaymentAttempt& attempt)
{
    if (attempt.phase == AttemptPhase::Failed)
        return tr("This request was never created at Vipps.");
    return {};
}

} // namespace InvoiceDesk::Workflows
