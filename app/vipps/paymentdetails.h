// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/amount.h"
#include "vipps/createpaymentrequest.h"
#include "vipps/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace InvoiceDesk::Vipps {

// Unknown: a state Vipps added after this version; the rest of the reply is still used and the
// payment is still followed.
enum class PaymentState { Created, Authorized, Aborted, Expired, Terminated, Unknown };

// The only reliable record of money movement: state stops at AUTHORIZED, the aggregate does not.
struct Aggregate {
    Amount authorizedAmount;
    Amount cancelledAmount;
    Amount capturedAmount;
    Amount refundedAmount;
};

struct PaymentDetails {
    QString reference;
    PaymentState state = PaymentState::Created;
    QString stateName; // as Vipps wrote it, also when state is Unknown
    Amount amount;
    Aggregate aggregate;
    QString pspReference;
    QString paymentMethodType;
    QString profileSub; // filled once AUTHORIZED when profile.scope was asked for
    QString redirectUrl;

    static Result<PaymentDetails> fromReply(const QByteArray& body);
    QJsonObject toJson() const;
};

enum class PaymentEventName {
    Created,
    Aborted,
    Expired,
    Cancelled,
    Captured,
    Refunded,
    Authorized,
    Terminated,
    Unknown // a name Vipps added after this version; kept, shown as it came
};

struct PaymentEvent {
    QString reference;
    QString pspReference;
    PaymentEventName name = PaymentEventName::Created;
    QString rawName; // as Vipps wrote it, also when name is Unknown
    Amount amount;
    QDateTime timestamp;
    QString idempotencyKey;
    bool success = false;

    static Result<QList<PaymentEvent>> listFromReply(const QByteArray& body);
    QJsonObject toJson() const;
};

// The answer to capture, refund and cancel.
struct ModificationResult {
    QString reference;
    PaymentState state = PaymentState::Created;
    QString stateName; // as Vipps wrote it, also when state is Unknown
    Amount amount;
    Aggregate aggregate;
    QString pspReference;

    static Result<ModificationResult> fromReply(const QByteArray& body);
    QJsonObject toJson() const;
};

QString paymentStateName(PaymentState state);
QString paymentEventNameString(PaymentEventName name);
QJsonObject aggregateToJson(const Aggregate& aggregate);

} // namespace InvoiceDesk::Vipps
