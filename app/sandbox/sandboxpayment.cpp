// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxpayment.h"

#include <QJsonArray>

namespace InvoiceDesk::Sandbox {

namespace {
QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QJsonObject SandboxPaymentEvent::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("idempotencyKey"), idempotencyKey},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("timestamp"), isoTime(timestamp)},
            {QStringLiteral("success"), success}};
}

SandboxPaymentEvent SandboxPaymentEvent::fromJson(const QJsonObject& json)
{
    SandboxPaymentEvent event;
    event.name = json.value(QStringLiteral("name")).toString();
    event.pspReference = json.value(QStringLiteral("pspReference")).toString();
    event.idempotencyKey = json.value(QStringLiteral("idempotencyKey")).toString();
    event.amount = json.value(QStringLiteral("amount")).toInteger();
    event.timestamp = fromIso(json.value(QStringLiteral("timestamp")));
    event.success = json.value(QStringLiteral("success")).toBool();
    return event;
}

QJsonObject SandboxPayment::toJson() const
{
    QJsonArray eventArray;
    for (const auto& event : events)
        eventArray.append(event.toJson());
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("msn"), msn},
            {QStringLiteral("state"), state},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("authorizedAmount"), authorizedAmount},
            {QStringLiteral("cancelledAmount"), cancelledAmount},
            {QStringLiteral("capturedAmount"), capturedAmount},
            {QStringLiteral("refundedAmount"), refundedAmount},
            {QStringLiteral("paymentMethod"), paymentMethod},
            {QStringLiteral("userFlow"), userFlow},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("description"), description},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("sub"), sub},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("redirectUrl"), redirectUrl},
            {QStringLiteral("returnUrl"), returnUrl},
            {QStringLiteral("landingToken"), landingToken},
            {QStringLiteral("qrFormat"), qrFormat},
            {QStringLiteral("qrSize"), qrSize},
            {QStringLiteral("createdAt"), isoTime(createdAt)},
            {QStringLiteral("expiresAt"), isoTime(expiresAt)},
            {QStringLiteral("longLiving"), longLiving},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("events"), eventArray}};
}

SandboxPayment SandboxPayment::fromJson(const QJsonObject& json)
{
    SandboxPayment payment;
    const auto text = [&json](const char* key) {
        return json.value(QLatin1String(key)).toString();
    };
    const auto number = [&json](const char* key) {
        return json.value(QLatin1String(key)).toInteger();
    };
    payment.reference = text("reference");
    payment.msn = text("msn");
    payment.state = text("state");
    payment.amount = number("amount");
    payment.currency = text("currency");
    payment.authorizedAmount = number("authorizedAmount");
    payment.cancelledAmount = number("cancelledAmount");
    payment.capturedAmount = number("capturedAmount");
    payment.refundedAmount = number("refundedAmount");
    payment.paymentMethod = text("paymentMethod");
    payment.userFlow = text("userFlow");
    payment.phone = text("phone");
    payment.description = text("description");
    payment.scope = text("scope");
    payment.sub = text("sub");
    payment.pspReference = text("pspReference");
    payment.redirectUrl = text("redirectUrl");
    payment.returnUrl = text("returnUrl");
    payment.landingToken = text("landingToken");
    payment.qrFormat = text("qrFormat");
    payment.qrSize = int(number("qrSize"));
    payment.createdAt = fromIso(json.value(QStringLiteral("createdAt")));
    payment.expiresAt = fromIso(json.value(QStringLiteral("expiresAt")));
    payment.longLiving = json.value(QStringLiteral("longLiving")).toBool();
    payment.metadata = json.value(QStringLiteral("metadata")).toObject();
    const QJsonArray eventArray = json.value(QStringLiteral("events")).toArray();
    for (const auto& event : eventArray)
        payment.events.append(SandboxPaymentEvent::fromJson(event.toObject()));
    return payment;
}

} // namespace InvoiceDesk::Sandbox
