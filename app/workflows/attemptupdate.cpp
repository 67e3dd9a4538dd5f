// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/attemptupdate.h"

namespace InvoiceDesk::Workflows {

namespace {

void applyAggregate(PaymentAttempt& attempt, Vipps::PaymentState state, const Vipps::Aggregate& aggregate)
{
    attempt.vippsState = toVippsState(state);
    attempt.authorizedMinor = aggregate.authorizedAmount.value;
    attempt.capturedMinor = aggregate.capturedAmount.value;
    attempt.refundedMinor = aggregate.refundedAmount.value;
    attempt.cancelledMinor = aggregate.cancelledAmount.value;
    if (attempt.phase == AttemptPhase::Preparing)
        attempt.phase = AttemptPhase::Sent; // Vipps knows the payment, so the create did arrive
}

} // namespace

VippsState toVippsState(Vipps::PaymentState state)
{
    switch (state) {
    case Vipps::PaymentState::Created:
        return VippsState::Created;
    case Vipps::PaymentState::Authorized:
        return VippsState::Authorized;
    case Vipps::PaymentState::Aborted:
        return VippsState::Aborted;
    case Vipps::PaymentState::Expired:
        return VippsState::Expired;
    case Vipps::PaymentState::Terminated:
        return VippsState::Terminated;
    case Vipps::PaymentState::Unknown:
        break; // a state added later: shown as unknown, and the payment is still followed
    }
    return VippsState::Unknown;
}

void applyDetails(PaymentAttempt& attempt, const Vipps::PaymentDetails& details)
{
    applyAggregate(attempt, details.state, details.aggregate);
    if (!details.redirectUrl.isEmpty() && attempt.redirectUrl.isEmpty())
        attempt.redirectUrl = QUrl(details.redirectUrl);
}

void applyModification(PaymentAttempt& attempt, const Vipps::ModificationResult& result)
{
    applyAggregate(attempt, result.state, result.aggregate);
}

} // namespace InvoiceDesk::Workflows
