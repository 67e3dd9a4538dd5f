// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace InvoiceDesk::Sandbox {

// One line of a payment's event log, as GET .../events returns it.
struct SandboxPaymentEvent {
    QString name; // CREATED, AUTHORIZED, ABORTED, EXPIRED, CANCELLED, CAPTURED, REFUNDED, TERMINATED
    QString pspReference;
    QString idempotencyKey; // empty for events the customer or the clock caused
    qint64 amount = 0;
    QDateTime timestamp;
    bool success = true;

    QJsonObject toJson() const;
    static SandboxPaymentEvent fromJson(const QJsonObject& json);
};

// Everything the sandbox knows about one ePayment payment. Amounts are minor units.
struct SandboxPayment {
    QString reference;
    QString msn;
    QString state; // CREATED, AUTHORIZED, ABORTED, EXPIRED, TERMINATED
    qint64 amount = 0;
    QString currency;
    qint64 authorizedAmount = 0;
    qint64 cancelledAmount = 0;
    qint64 capturedAmount = 0;
    qint64 refundedAmount = 0;
    QString paymentMethod; // WALLET or CARD
    QString userFlow;
    QString phone; // the customer's MSISDN, from the request or from whoever approved
    QString description;
    QString scope;
    QString sub;
    QString pspReference;
    QString redirectUrl;
    QString returnUrl;
    QString landingToken; // the token in the landing and QR URLs
    QString qrFormat;
    int qrSize = 1024;
    QDateTime createdAt;
    QDateTime expiresAt; // always set: the request's expiresAt or createdAt + 10 minutes
    bool longLiving = false;
    QJsonObject metadata;
    QList<SandboxPaymentEvent> events;

    qint64 capturable() const { return authorizedAmount - capturedAmount - cancelledAmount; }
    QJsonObject toJson() const;
    static SandboxPayment fromJson(const QJsonObject& json);
};

// A person the sandbox can act as: the demo directory of Vipps users.
struct SimulatedUser {
    QString msisdn;
    QString givenName;
    QString familyName;
    QString email;
    QString birthDate; // YYYY-MM-DD
    QString streetAddress;
    QString postalCode;
    QString region;
    QString country;
    QString nin;

    QString name() const { return givenName + QLatin1Char(' ') + familyName; }
};

} // namespace InvoiceDesk::Sandbox
