// SPDX-License-Identifier: GPL-3.0-or-later
// The merchant's side of the ePayment state machine: cancel, capture, refund (as Vipps documents them at
// https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/operations/cancel,
// https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/operations/capture/ and
// https://developer.vippsmobilepay.com/docs/knowledge-base/refund/), and the test-only force approve.
#include "sandbox/epaymentservice.h"
#include "sandbox/paymentvalidator.h"

#include <QJsonDocument>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kCreated = QStringLiteral("CREATED");
const QString kAuthorized = QStringLiteral("AUTHORIZED");

QJsonValue bodyValue(const HttpRequest& request, bool* malformed)
{
    *malformed = false;
    if (request.body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError parseError;
    const QJsonDocument document = request.json(&parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *malformed = true;
        return {};
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}
} // namespace

HttpResponse EPaymentService::cancel(const HttpRequest& request, const MerchantSettings& merchant,
                                     const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    return mutation(request, merchant, QStringLiteral("cancel"), reference,
                    [&]() { return applyCancel(request, merchant, reference); });
}

HttpResponse EPaymentService::capture(const HttpRequest& request, const MerchantSettings& merchant,
                                      const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    return mutation(request, merchant, QStringLiteral("capture"), reference,
                    [&]() { return applyCapture(request, merchant, reference); });
}

HttpResponse EPaymentService::refund(const HttpRequest& request, const MerchantSettings& merchant,
                                     const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    return mutation(request, merchant, QStringLiteral("refund"), reference,
                    [&]() { return applyRefund(request, merchant, reference); });
}

HttpResponse EPaymentService::applyCancel(const HttpRequest& request, const MerchantSettings& merchant,
                                          const QString& reference)
{
    bool malformed = false;
    const QJsonValue body = bodyValue(request, &malformed);
    if (malformed)
        return error(ApiError::fieldError(QStringLiteral("body"), QStringLiteral("Malformed JSON.")),
                     request);
    if (const auto problem = PaymentValidator::validateCancel(body))
        return error(*problem, request);
    const bool transactionOnly = body.toObject().value(QStringLiteral("cancelTransactionOnly")).toBool();

    auto found = m_book.find(merchant.msn(), reference);
    if (!found)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    SandboxPayment payment = *found;
    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (payment.state == kCreated) {
        payment.state = QStringLiteral("TERMINATED");
        payment.cancelledAmount = payment.amount;
        payment.events.append(m_book.event(QStringLiteral("TERMINATED"), payment.amount, key));
    } else if (payment.state == kAuthorized) {
        if (transactionOnly)
            return error(
                ApiError::domain(6060, QStringLiteral("The payment is authorized; cancelTransactionOnly "
                                                      "cancels only payments not yet authorized.")),
                request);
        const qint64 remaining = payment.capturable();
        if (remaining == 0 && payment.capturedAmount > 0)
            return error(
                ApiError::domain(6040, QStringLiteral("The payment is fully captured; refund instead.")),
                request);
        if (remaining == 0)
            return error(ApiError::domain(6190, QStringLiteral("Nothing is left to cancel.")), request);
        payment.cancelledAmount += remaining;
        payment.events.append(m_book.event(QStringLiteral("CANCELLED"), remaining, key));
    } else {
        return error(
            ApiError::domain(6190,
                             QStringLiteral("The payment is %1 and cannot be cancelled.").arg(payment.state)),
            request);
    }
    m_book.save(payment);
    return modification(payment, payment.events.last().pspReference);
}

HttpResponse EPaymentService::applyCapture(const HttpRequest& request, const MerchantSettings& merchant,
                                           const QString& reference)
{
    auto found = m_book.find(merchant.msn(), reference);
    if (!found)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    SandboxPayment payment = *found;
    QJsonParseError parseError;
    const QJsonDocument document = request.json(&parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(ApiError::fieldError(QStringLiteral("body"), QStringLiteral("Must be a JSON object.")),
                     request);
    const PaymentValidator validator(merchant, m_clock.now(), [](const QString&) { return true; });
    if (const auto problem = validator.validateModification(document.object(), payment.currency))
        return error(*problem, request);
    const qint64 value = document.object()
                             .value(QStringLiteral("modificationAmount"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toInteger();
    if (payment.state == kCreated)
        return error(ApiError::domain(6080, QStringLiteral("The payment is not authorized yet.")), request);
    if (payment.state != kAuthorized)
        return error(ApiError::domain(6200, QStringLiteral("The payment is %1.").arg(payment.state)),
                     request);
    if (payment.capturable() == 0 && payment.cancelledAmount > 0)
        return error(ApiError::domain(6070, QStringLiteral("The rest of the payment was cancelled.")),
                     request);
    if (value > payment.capturable())
        return error(
            ApiError::domain(6090, QStringLiteral("At most %1 can be captured.").arg(payment.capturable())),
            request);
    payment.capturedAmount += value;
    payment.events.append(m_book.event(QStringLiteral("CAPTURED"), value,
                                       QString::fromUtf8(request.header("Idempotency-Key"))));
    m_book.save(payment);
    return modification(payment, payment.events.last().pspReference);
}

HttpResponse EPaymentService::applyRefund(const HttpRequest& request, const MerchantSettings& merchant,
                                          const QString& reference)
{
    auto found = m_book.find(merchant.msn(), reference);
    if (!found)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    SandboxPayment payment = *found;
    QJsonParseError parseError;
    const QJsonDocument document = request.json(&parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(ApiError::fieldError(QStringLiteral("body"), QStringLiteral("Must be a JSON object.")),
                     request);
    const PaymentValidator validator(merchant, m_clock.now(), [](const QString&) { return true; });
    if (const auto problem = validator.validateModification(document.object(), payment.currency))
        return error(*problem, request);
    const qint64 value = document.object()
                             .value(QStringLiteral("modificationAmount"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toInteger();
    if (payment.state == kCreated)
        return error(ApiError::domain(6020, QStringLiteral("The payment is not authorized yet.")), request);
    if (payment.state != kAuthorized)
        return error(ApiError::domain(6210, QStringLiteral("The payment is %1.").arg(payment.state)),
                     request);
    if (value > payment.capturedAmount - payment.refundedAmount)
        return error(ApiError::domain(6150, QStringLiteral("At most %1 can be refunded.")
                                                .arg(payment.capturedAmount - payment.refundedAmount)),
                     request);
    payment.refundedAmount += value;
    payment.events.append(m_book.event(QStringLiteral("REFUNDED"), value,
                                       QString::fromUtf8(request.header("Idempotency-Key"))));
    m_book.save(payment);
    return modification(payment, payment.events.last().pspReference);
}

HttpResponse EPaymentService::forceApprove(const HttpRequest& request, const MerchantSettings& merchant,
                                           const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    const auto payment = m_book.find(merchant.msn(), reference);
    if (!payment)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    QJsonParseError parseError;
    const QJsonDocument document = request.json(&parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(ApiError::fieldError(QStringLiteral("body"), QStringLiteral("Must be a JSON object.")),
                     request);
    const QJsonObject body = document.object();
    QString phone;
    if (body.contains(QStringLiteral("customer"))) {
        const QJsonValue number =
            body.value(QStringLiteral("customer")).toObject().value(QStringLiteral("phoneNumber"));
        if (!number.isString() || !PaymentValidator::isValidPhone(number.toString()))
            return error(ApiError::fieldError(QStringLiteral("customer.phoneNumber"),
                                              QStringLiteral("Must be a string matching ^\\d{10,15}$.")),
                         request);
        phone = number.toString();
    } else if (body.contains(QStringLiteral("token"))) {
        if (body.value(QStringLiteral("token")).toString() != payment->landingToken)
            return error(
                ApiError::domain(10010, QStringLiteral("The token does not belong to this payment.")),
                request);
        phone = payment->phone.isEmpty() ? m_customers.users().constFirst().msisdn : payment->phone;
    } else {
        return error(
            ApiError::fieldError(QStringLiteral("customer"), QStringLiteral("Give customer or token.")),
            request);
    }
    // A forced approval consents to whatever the payment asked for, like a test user tapping through.
    const auto approved = m_book.approve(merchant.msn(), reference, phone, true);
    if (!approved)
        return error(ApiError::domain(10010, approved.error()), request);
    return HttpResponse::empty(200);
}

} // namespace InvoiceDesk::Sandbox
