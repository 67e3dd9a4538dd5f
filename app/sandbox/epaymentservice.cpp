// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/epaymentservice.h"

#include "sandbox/paymentvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace InvoiceDesk::Sandbox {

namespace {
QJsonObject amountJson(qint64 value, const QString& currency)
{
    return {{QStringLiteral("currency"), currency}, {QStringLiteral("value"), value}};
}

std::optional<QJsonObject> objectBody(const HttpRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = request.json(&parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

EPaymentService::EPaymentService(Clock& clock, PaymentBook& book, CustomerSimulator& customers,
                                 IdempotencyStore& idempotency, RateLimiter& rateLimiter,
                                 OrderManagementService& orders)
    : m_clock(clock)
    , m_book(book)
    , m_customers(customers)
    , m_idempotency(idempotency)
    , m_rateLimiter(rateLimiter)
    , m_orders(orders)
{}

QJsonObject EPaymentService::paymentJson(const SandboxPayment& payment)
{
    const QString& currency = payment.currency;
    QJsonObject json{
        {QStringLiteral("aggregate"),
         QJsonObject{{QStringLiteral("authorizedAmount"), amountJson(payment.authorizedAmount, currency)},
                     {QStringLiteral("cancelledAmount"), amountJson(payment.cancelledAmount, currency)},
                     {QStringLiteral("capturedAmount"), amountJson(payment.capturedAmount, currency)},
                     {QStringLiteral("refundedAmount"), amountJson(payment.refundedAmount, currency)}}},
        {QStringLiteral("amount"), amountJson(payment.amount, currency)},
        {QStringLiteral("state"), payment.state},
        {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), payment.paymentMethod}}},
        {QStringLiteral("profile"),
         payment.sub.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("sub"), payment.sub}}},
        {QStringLiteral("pspReference"), payment.pspReference},
        {QStringLiteral("reference"), payment.reference}};
    if (!payment.redirectUrl.isEmpty())
        json.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
    if (!payment.metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), payment.metadata);
    return json;
}

HttpResponse EPaymentService::error(const ApiError& apiError, const HttpRequest& request) const
{
    return Problem::epayment(apiError, request.path);
}

std::optional<HttpResponse> EPaymentService::checkReference(const HttpRequest& request,
                                                            const QString& reference) const
{
    if (PaymentValidator::isValidReference(reference))
        return std::nullopt;
    return error(
        ApiError::fieldError(QStringLiteral("reference"), QStringLiteral("Must match ^[a-zA-Z0-9-]{8,64}$.")),
        request);
}

HttpResponse EPaymentService::mutation(const HttpRequest& request, const MerchantSettings& merchant,
                                       const QString& operation, const QString& reference,
                                       const Operation& apply)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (key.isEmpty())
        return error(ApiError::fieldError(QStringLiteral("Idempotency-Key"),
                                          QStringLiteral("The header is required.")),
                     request);
    if (key.size() > 50)
        return error(
            ApiError::fieldError(QStringLiteral("Idempotency-Key"), QStringLiteral("At most 50 characters.")),
            request);
    if (!m_rateLimiter.allowMutation(merchant.msn() + QLatin1Char('/') + reference))
        return Problem::epayment(
                   429, QStringLiteral("Too Many Requests"),
                   QStringLiteral("Rate limit exceeded for this reference; retry later with the same "
                                  "Idempotency-Key."),
                   request.path)
            .withHeader("Retry-After", "60");

    const QByteArray bodyHash = IdempotencyStore::hashOf(request.body);
    if (const auto previous = m_idempotency.find(merchant.msn(), key)) {
        if (previous->operation == operation && previous->reference == reference &&
            previous->bodyHash == bodyHash)
            return HttpResponse::bytes(previous->status, previous->contentType, previous->body);
        const int code = previous->operation != operation || previous->reference != reference ? 4020
                         : operation == QStringLiteral("capture")                             ? 4010
                         : operation == QStringLiteral("refund")                              ? 4150
                                                                                              : 4020;
        return error(
            ApiError::domain(code, QStringLiteral("The Idempotency-Key was used before with a different "
                                                  "request; a retry must be identical.")),
            request);
    }
    const HttpResponse response = apply();
    if (response.status < 500)
        m_idempotency.remember(merchant.msn(), key,
                               {operation, reference, bodyHash, response.status,
                                response.header("Content-Type"), response.body});
    return response;
}

HttpResponse EPaymentService::create(const HttpRequest& request, const MerchantSettings& merchant)
{
    const auto body = objectBody(request);
    const QString reference = body ? body->value(QStringLiteral("reference")).toString() : QString();
    return mutation(request, merchant, QStringLiteral("create"), reference, [&]() {
        if (!body)
            return error(
                ApiError::fieldError(QStringLiteral("body"), QStringLiteral("Must be a JSON object.")),
                request);
        return createPayment(request, merchant, *body);
    });
}

HttpResponse EPaymentService::createPayment(const HttpRequest& request, const MerchantSettings& merchant,
                                            const QJsonObject& body)
{
    const QDateTime now = m_clock.now();
    const PaymentValidator validator(merchant, now,
                                     [this](const QString& msisdn) { return m_customers.isKnown(msisdn); });
    if (const auto problem = validator.validateCreate(body))
        return error(*problem, request);
    const QString reference = body.value(QStringLiteral("reference")).toString();
    if (m_book.find(merchant.msn(), reference))
        return error(
            ApiError::domain(4150, QStringLiteral("A payment with reference %1 exists.").arg(reference)),
            request);

    SandboxPayment payment;
    payment.reference = reference;
    payment.msn = merchant.msn();
    payment.state = QStringLiteral("CREATED");
    const QJsonObject amount = body.value(QStringLiteral("amount")).toObject();
    payment.amount = amount.value(QStringLiteral("value")).toInteger();
    payment.currency = amount.value(QStringLiteral("currency")).toString();
    payment.paymentMethod =
        body.value(QStringLiteral("paymentMethod")).toObject().value(QStringLiteral("type")).toString();
    payment.userFlow = body.value(QStringLiteral("userFlow")).toString();
    payment.phone =
        body.value(QStringLiteral("customer")).toObject().value(QStringLiteral("phoneNumber")).toString();
    payment.description = body.value(QStringLiteral("paymentDescription")).toString();
    payment.scope =
        body.value(QStringLiteral("profile")).toObject().value(QStringLiteral("scope")).toString();
    payment.returnUrl = body.value(QStringLiteral("returnUrl")).toString();
    payment.metadata = body.value(QStringLiteral("metadata")).toObject();
    payment.createdAt = now;
    const QJsonValue expiresAt = body.value(QStringLiteral("expiresAt"));
    payment.longLiving = expiresAt.isString();
    payment.expiresAt =
        payment.longLiving ? *PaymentValidator::parseRfc3339(expiresAt.toString()) : now.addSecs(600);
    payment.pspReference = m_book.event(QString(), 0).pspReference;
    payment.landingToken = QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject qrFormat = body.value(QStringLiteral("qrFormat")).toObject();
    payment.qrFormat = qrFormat.value(QStringLiteral("format")).toString(QStringLiteral("IMAGE/SVG+XML"));
    payment.qrSize = qrFormat.value(QStringLiteral("size")).toInt(1024);

    const QString landing = m_baseUrl.toString() + QStringLiteral("/landing?token=") + payment.landingToken;
    if (payment.userFlow == QStringLiteral("WEB_REDIRECT") ||
        payment.userFlow == QStringLiteral("NATIVE_REDIRECT"))
        payment.redirectUrl = landing;
    else if (payment.userFlow == QStringLiteral("QR") && payment.qrFormat == QStringLiteral("TEXT/TARGETURL"))
        payment.redirectUrl = landing;
    else if (payment.userFlow == QStringLiteral("QR") && payment.qrFormat == QStringLiteral("IMAGE/PNG"))
        payment.redirectUrl = m_baseUrl.toString() + QStringLiteral("/qr/") + payment.landingToken +
                              QStringLiteral(".png?size=") + QString::number(payment.qrSize);
    else if (payment.userFlow == QStringLiteral("QR"))
        payment.redirectUrl =
            m_baseUrl.toString() + QStringLiteral("/qr/") + payment.landingToken + QStringLiteral(".svg");

    payment.events.append(m_book.event(QStringLiteral("CREATED"), payment.amount,
                                       QString::fromUtf8(request.header("Idempotency-Key"))));
    m_book.add(payment);
    if (body.value(QStringLiteral("receipt")).isObject())
        m_orders.attachReceipt(merchant.msn(), reference, body.value(QStringLiteral("receipt")).toObject());

    QJsonObject response{{QStringLiteral("reference"), reference}};
    if (!payment.redirectUrl.isEmpty())
        response.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
    return HttpResponse::json(201, response);
}

HttpResponse EPaymentService::get(const HttpRequest& request, const MerchantSettings& merchant,
                                  const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    if (!m_rateLimiter.allowRead(QString::fromUtf8(request.header("Ocp-Apim-Subscription-Key")) +
                                 QLatin1Char('/') + reference))
        return Problem::epayment(429, QStringLiteral("Too Many Requests"),
                                 QStringLiteral("Slow down polling."), request.path)
            .withHeader("Retry-After", "60");
    const auto payment = m_book.find(merchant.msn(), reference);
    if (!payment)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    return HttpResponse::json(200, paymentJson(*payment));
}

HttpResponse EPaymentService::events(const HttpRequest& request, const MerchantSettings& merchant,
                                     const QString& reference)
{
    if (const auto invalid = checkReference(request, reference))
        return *invalid;
    if (!m_rateLimiter.allowRead(QString::fromUtf8(request.header("Ocp-Apim-Subscription-Key")) +
                                 QStringLiteral("/events/") + reference))
        return Problem::epayment(429, QStringLiteral("Too Many Requests"),
                                 QStringLiteral("Slow down polling."), request.path)
            .withHeader("Retry-After", "60");
    const auto payment = m_book.find(merchant.msn(), reference);
    if (!payment)
        return error(ApiError::domain(5090, QStringLiteral("No payment with reference %1.").arg(reference)),
                     request);
    QJsonArray list;
    for (const auto& event : payment->events) {
        QJsonObject json{{QStringLiteral("reference"), payment->reference},
                         {QStringLiteral("pspReference"), event.pspReference},
                         {QStringLiteral("name"), event.name},
                         {QStringLiteral("amount"), amountJson(event.amount, payment->currency)},
                         {QStringLiteral("timestamp"), event.timestamp.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("success"), event.success}};
        json.insert(QStringLiteral("idempotencyKey"), event.idempotencyKey.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(event.idempotencyKey));
        list.append(json);
    }
    return HttpResponse::json(200, list);
}

HttpResponse EPaymentService::modification(const SandboxPayment& payment, const QString& pspReference) const
{
    QJsonObject json = paymentJson(payment);
    QJsonObject response{{QStringLiteral("amount"), json.value(QStringLiteral("amount"))},
                         {QStringLiteral("state"), payment.state},
                         {QStringLiteral("aggregate"), json.value(QStringLiteral("aggregate"))},
                         {QStringLiteral("pspReference"), pspReference},
                         {QStringLiteral("reference"), payment.reference}};
    return HttpResponse::json(200, response);
}

} // namespace InvoiceDesk::Sandbox
