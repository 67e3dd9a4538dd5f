// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/epaymentapi.h"

#include "vipps/jsonreader.h"
#include "vipps/replymapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace InvoiceDesk::Vipps {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Vipps", text);
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Error configurationError(const QString& operation, const QString& text)
{
    Error error(Error::Kind::Configuration, text);
    error.setOperation(operation);
    return error;
}

QString whyInvalidReference(const QString& reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9-]{8,64}$"));
    return pattern.match(reference).hasMatch()
               ? QString()
               : tr("The reference must be 8 to 64 letters, digits or hyphens.");
}

// The spec allows 0 to 65,000,000 minor units; a zero capture or refund is meaningless.
QString whyInvalidAmount(const Amount& amount)
{
    if (amount.value <= 0 || amount.value > 65000000)
        return tr("The amount must be between 1 and 65,000,000 øre/cents.");
    return {};
}

} // namespace

QString whyInvalidIdempotencyKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 50)
        return tr("The idempotency key must be 1 to 50 characters.");
    return {};
}

EPaymentApi::EPaymentApi(ApiClient& client)
    : m_client(client)
{}

QString EPaymentApi::paymentPath(const QString& reference, const QString& suffix)
{
    return QStringLiteral("/epayment/v1/payments/") +
           QString::fromLatin1(QUrl::toPercentEncoding(reference)) + suffix;
}

QFuture<Result<CreatePaymentResponse>> EPaymentApi::create(const CreatePaymentRequest& request,
                                                           const QString& idempotencyKey)
{
    const QString operation = QStringLiteral("createPayment");
    QString problem = request.whyInvalid();
    if (problem.isEmpty())
        problem = whyInvalidIdempotencyKey(idempotencyKey);
    if (!problem.isEmpty())
        return readyResult<CreatePaymentResponse>(configurationError(operation, problem));
    ApiRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/epayment/v1/payments");
    call.operation = operation;
    call.body = compact(request.toJson());
    call.idempotencyKey = idempotencyKey;
    call.reference = request.reference;
    call.bucket = RateBucket::Mutation;
    return sendAndParse<CreatePaymentResponse>(
        m_client, call, [](const ApiReply& reply) -> Result<CreatePaymentResponse> {
            auto json = JsonReader::parseObject(reply.body);
            if (!json)
                return json.error();
            JsonReader reader(*json);
            CreatePaymentResponse response;
            response.reference = reader.string("reference");
            response.redirectUrl = reader.optionalString("redirectUrl").value_or(QString());
            if (!reader.ok())
                return reader.error();
            return response;
        });
}

QFuture<Result<PaymentDetails>> EPaymentApi::get(const QString& reference)
{
    if (const QString problem = whyInvalidReference(reference); !problem.isEmpty())
        return readyResult<PaymentDetails>(configurationError(QStringLiteral("getPayment"), problem));
    ApiRequest call;
    call.path = paymentPath(reference);
    call.operation = QStringLiteral("getPayment");
    call.reference = reference;
    call.bucket = RateBucket::Read;
    return sendAndParse<PaymentDetails>(
        m_client, call, [](const ApiReply& reply) { return PaymentDetails::fromReply(reply.body); });
}

QFuture<Result<QList<PaymentEvent>>> EPaymentApi::events(const QString& reference)
{
    if (const QString problem = whyInvalidReference(reference); !problem.isEmpty())
        return readyResult<QList<PaymentEvent>>(
            configurationError(QStringLiteral("getPaymentEventLog"), problem));
    ApiRequest call;
    call.path = paymentPath(reference, QStringLiteral("/events"));
    call.operation = QStringLiteral("getPaymentEventLog");
    call.reference = reference;
    call.bucket = RateBucket::Read;
    return sendAndParse<QList<PaymentEvent>>(
        m_client, call, [](const ApiReply& reply) { return PaymentEvent::listFromReply(reply.body); });
}

QFuture<Result<ModificationResult>> EPaymentApi::capture(const QString& reference, Amount amount,
                                                         const QString& idempotencyKey)
{
    if (const QString problem = whyInvalidAmount(amount); !problem.isEmpty())
        return readyResult<ModificationResult>(configurationError(QStringLiteral("capturePayment"), problem));
    const QByteArray body = compact({{QStringLiteral("modificationAmount"), amount.toJson()}});
    return modify(QStringLiteral("capturePayment"), reference, QStringLiteral("/capture"), body,
                  idempotencyKey);
}

QFuture<Result<ModificationResult>> EPaymentApi::refund(const QString& reference, Amount amount,
                                                        const QString& idempotencyKey)
{
    if (const QString problem = whyInvalidAmount(amount); !problem.isEmpty())
        return readyResult<ModificationResult>(configurationError(QStringLiteral("refundPayment"), problem));
    const QByteArray body = compact({{QStringLiteral("modificationAmount"), amount.toJson()}});
    return modify(QStringLiteral("refundPayment"), reference, QStringLiteral("/refund"), body,
                  idempotencyKey);
}

QFuture<Result<ModificationResult>>
EPaymentApi::cancel(const QString& reference, const QString& idempotencyKey, bool onlyIfNotAuthorized)
{
    std::optional<QByteArray> body;
    if (onlyIfNotAuthorized)
        body = compact({{QStringLiteral("cancelTransactionOnly"), true}});
    return modify(QStringLiteral("cancelPayment"), reference, QStringLiteral("/cancel"), body,
                  idempotencyKey);
}

QFuture<Result<ModificationResult>> EPaymentApi::modify(const QString& operation, const QString& reference,
                                                        const QString& suffix, std::optional<QByteArray> body,
                                                        const QString& idempotencyKey)
{
    QString problem = whyInvalidReference(reference);
    if (problem.isEmpty())
        problem = whyInvalidIdempotencyKey(idempotencyKey);
    if (!problem.isEmpty())
        return readyResult<ModificationResult>(configurationError(operation, problem));
    ApiRequest call;
    call.method = "POST";
    call.path = paymentPath(reference, suffix);
    call.operation = operation;
    call.body = std::move(body);
    call.idempotencyKey = idempotencyKey;
    call.reference = reference;
    call.bucket = RateBucket::Mutation;
    return sendAndParse<ModificationResult>(
        m_client, call, [](const ApiReply& reply) { return ModificationResult::fromReply(reply.body); });
}

QFuture<Result<Done>> EPaymentApi::forceApprove(const QString& reference, const QString& msisdn)
{
    const QString operation = QStringLiteral("forceApprove");
    if (!m_client.environment().allowsTestOperations())
        return readyResult<Done>(configurationError(
            operation, tr("Approving a payment on the customer's behalf is only possible in the Test and "
                          "Sandbox environments.")));
    static const QRegularExpression phonePattern(QStringLiteral("^\\d{10,15}$"));
    QString problem = whyInvalidReference(reference);
    if (problem.isEmpty() && !phonePattern.match(msisdn).hasMatch())
        problem = tr("The phone number must be the country code and number, 10 to 15 digits.");
    if (!problem.isEmpty())
        return readyResult<Done>(configurationError(operation, problem));
    ApiRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/epayment/v1/test/payments/") +
                QString::fromLatin1(QUrl::toPercentEncoding(reference)) + QStringLiteral("/approve");
    call.operation = operation;
    call.body = compact({{QStringLiteral("customer"), QJsonObject{{QStringLiteral("phoneNumber"), msisdn}}}});
    return sendAndParse<Done>(m_client, call, [](const ApiReply&) -> Result<Done> { return Done{}; });
}

} // namespace InvoiceDesk::Vipps
