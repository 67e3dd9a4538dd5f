// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/paymentattempt.h"

namespace InvoiceDesk {

QString paymentFlowKey(PaymentFlow flow)
{
    switch (flow) {
    case PaymentFlow::Push:
        return QStringLiteral("push");
    case PaymentFlow::Link:
        return QStringLiteral("link");
    case PaymentFlow::Qr:
        return QStringLiteral("qr");
    }
    return {};
}

bool paymentFlowFromKey(const QString& key, PaymentFlow* flow)
{
    for (const PaymentFlow candidate : {PaymentFlow::Push, PaymentFlow::Link, PaymentFlow::Qr}) {
        if (paymentFlowKey(candidate) == key) {
            if (flow)
                *flow = candidate;
            return true;
        }
    }
    return false;
}

QString vippsStateKey(VippsState state)
{
    switch (state) {
    case VippsState::Unknown:
        return {};
    case VippsState::Created:
        return QStringLiteral("CREATED");
    case VippsState::Authorized:
        return QStringLiteral("AUTHORIZED");
    case VippsState::Aborted:
        return QStringLiteral("ABORTED");
    case VippsState::Expired:
        return QStringLiteral("EXPIRED");
    case VippsState::Terminated:
        return QStringLiteral("TERMINATED");
    }
    return {};
}

VippsState vippsStateFromKey(const QString& key)
{
    for (const VippsState candidate : {VippsState::Created, VippsState::Authorized, VippsState::Aborted,
                                       VippsState::Expired, VippsState::Terminated}) {
        if (vippsStateKey(candidate) == key)
            return candidate;
    }
    return VippsState::Unknown;
}

QString attemptPhaseKey(AttemptPhase phase)
{
    switch (phase) {
    case AttemptPhase::Preparing:
        return QStringLiteral("preparing");
    case AttemptPhase::Sent:
        return QStringLiteral("sent");
    case AttemptPhase::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool attemptPhaseFromKey(const QString& key, AttemptPhase* phase)
{
    for (const AttemptPhase candidate : {AttemptPhase::Preparing, AttemptPhase::Sent, AttemptPhase::Failed}) {
        if (attemptPhaseKey(candidate) == key) {
            if (phase)
                *phase = candidate;
            return true;
        }
    }
    return false;
}

} // namespace InvoiceDesk
