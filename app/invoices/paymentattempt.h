// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace InvoiceDesk {

enum class PaymentFlow { Push, Link, Qr };

// Vipps' own state of a payment, as the ePayment API reports it. Unknown until Vipps has answered.
enum class VippsState { Unknown, Created, Authorized, Aborted, Expired, Terminated };

// What happened to the request locally, before Vipps' state says anything.
enum class AttemptPhase {
    Preparing, // stored, nothing sent yet
    Sent,      // create payment answered (or settled after a crash)
    Failed,    // Vipps refused the request, or it could not be sent and was given up
};

// One payment request for an invoice. An invoice may have several (resend after expiry, say); each
// has its own reference "<prefix>-<invoice number>-<attempt>", never reused.
struct PaymentAttempt {
    qint64 id = 0;
    qint64 invoiceId = 0;
    int sequence = 1; // 1, 2, ... per invoice
    QString reference;
    PaymentFlow flow = PaymentFlow::Push;
    bool learnPhone = false; // asked for profile.scope phoneNumber
    QString phoneMsisdn;     // where a push went
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("NOK");
    QString description;
    QDateTime createdAt;
    QDateTime expiresAt;
    AttemptPhase phase = AttemptPhase::Preparing;
    QString failureMessage;
    VippsState vippsState = VippsState::Unknown;
    qint64 authorizedMinor = 0;
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0;
    qint64 cancelledMinor = 0;
    QUrl redirectUrl; // the landing page link (WEB_REDIRECT) or QR image URL
    QDateTime lastCheckedAt;

    bool isOpen() const
    {
        return phase != AttemptPhase::Failed &&
               (vippsState == VippsState::Unknown || vippsState == VippsState::Created);
    }

    friend bool operator==(const PaymentAttempt&, const PaymentAttempt&) = default;
};

QString paymentFlowKey(PaymentFlow flow); // "push", "link", "qr"
bool paymentFlowFromKey(const QString& key, PaymentFlow* flow);
QString vippsStateKey(VippsState state);          // "CREATED", ... as Vipps writes them; "" for Unknown
VippsState vippsStateFromKey(const QString& key); // Unknown for anything else
QString attemptPhaseKey(AttemptPhase phase);      // "preparing", "sent", "failed"
bool attemptPhaseFromKey(const QString& key, AttemptPhase* phase);

} // namespace InvoiceDesk
