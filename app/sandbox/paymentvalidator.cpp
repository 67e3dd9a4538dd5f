// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/paymentvalidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kPush = QStringLiteral("PUSH_MESSAGE");
const QString kQr = QStringLiteral("QR");
const QString kWeb = QStringLiteral("WEB_REDIRECT");

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && std::abs(number) < 9.0e15;
}

std::optional<ApiError> field(const QString& name, const QString& reason)
{
    return ApiError::fieldError(name, reason);
}

std::optional<ApiError> stringField(const QJsonObject& object, const QString& name, const QString& path,
                                    int minLength, int maxLength)
{
    if (!object.contains(name))
        return std::nullopt;
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return field(path, QStringLiteral("Must be a string."));
    const auto length = value.toString().size();
    if (length < minLength || length > maxLength)
        return field(path, QStringLiteral("Must be %1 to %2 characters long.").arg(minLength).arg(maxLength));
    return std::nullopt;
}

// https:// or a custom scheme; plain http is refused like the real API does.
bool isAcceptableUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && url.scheme() != QStringLiteral("http");
}

qint64 minimumAmount(const QString& currency)
{
    return currency == QStringLiteral("NOK") ? 100 : 1;
}
} // namespace

PaymentValidator::PaymentValidator(const MerchantSettings& merchant, QDateTime now, UserLookup isKnownUser)
    : m_merchant(merchant)
    , m_now(std::move(now))
    , m_isKnownUser(std::move(isKnownUser))
{}

bool PaymentValidator::isValidReference(const QString& reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9-]{8,64}$"));
    return pattern.match(reference).hasMatch();
}

bool PaymentValidator::isValidPhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{10,15}$"));
    return pattern.match(phone).hasMatch();
}

std::optional<QDateTime> PaymentValidator::parseRfc3339(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^((?:(\\d{4}-\\d{2}-\\d{2})(T|t)(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?))(Z|z|([+-](?:2[0-3]|[01][0-9])"
        ":[0-5][0-9])))$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateAmount(const QJsonValue& amount, const QString& path)
{
    if (!amount.isObject())
        return field(path, QStringLiteral("Must be an object with currency and value."));
    const QJsonObject object = amount.toObject();
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!isInteger(value))
        return field(path + QStringLiteral(".value"), QStringLiteral("Must be an integer in minor units."));
    if (value.toInteger() < 0 || value.toInteger() > 65000000)
        return field(path + QStringLiteral(".value"), QStringLiteral("Must be between 0 and 65000000."));
    static const QSet<QString> currencies{QStringLiteral("NOK"), QStringLiteral("DKK"),
                                          QStringLiteral("EUR")};
    if (!currencies.contains(object.value(QStringLiteral("currency")).toString()))
        return field(path + QStringLiteral(".currency"), QStringLiteral("Must be one of NOK, DKK, EUR."));
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateCreate(const QJsonObject& body) const
{
    if (auto error = validateSchema(body))
        return error;
    return validateRules(body);
}

std::optional<ApiError> PaymentValidator::validateSchema(const QJsonObject& body) const
{
    for (const char* required : {"amount", "paymentMethod", "reference", "userFlow"}) {
        if (!body.contains(QLatin1String(required)) || body.value(QLatin1String(required)).isNull())
            return field(QLatin1String(required), QStringLiteral("The field is required."));
    }
    if (auto error = validateAmount(body.value(QStringLiteral("amount")), QStringLiteral("amount")))
        return error;
    const QJsonValue method = body.value(QStringLiteral("paymentMethod"));
    const QString methodType = method.toObject().value(QStringLiteral("type")).toString();
    if (!method.isObject() ||
        (methodType != QStringLiteral("WALLET") && methodType != QStringLiteral("CARD")))
        return field(QStringLiteral("paymentMethod.type"), QStringLiteral("Must be WALLET or CARD."));
    const QJsonValue reference = body.value(QStringLiteral("reference"));
    if (!reference.isString() || !isValidReference(reference.toString()))
        return field(QStringLiteral("reference"), QStringLiteral("Must match ^[a-zA-Z0-9-]{8,64}$."));
    static const QSet<QString> flows{kPush, QStringLiteral("NATIVE_REDIRECT"), kWeb, kQr};
    if (!flows.contains(body.value(QStringLiteral("userFlow")).toString()))
        return field(QStringLiteral("userFlow"),
                     QStringLiteral("Must be PUSH_MESSAGE, NATIVE_REDIRECT, WEB_REDIRECT or QR."));
    if (body.contains(QStringLiteral("customer"))) {
        if (auto error = validateCustomer(body.value(QStringLiteral("customer"))))
            return error;
    }
    if (auto error = stringField(body, QStringLiteral("paymentDescription"),
                                 QStringLiteral("paymentDescription"), 3, 100))
        return error;
    if (auto error = stringField(body, QStringLiteral("returnUrl"), QStringLiteral("returnUrl"), 1, 2048))
        return error;
    const QJsonValue interaction = body.value(QStringLiteral("customerInteraction"));
    if (!interaction.isUndefined() && interaction.toString() != QStringLiteral("CUSTOMER_PRESENT") &&
        interaction.toString() != QStringLiteral("CUSTOMER_NOT_PRESENT"))
        return field(QStringLiteral("customerInteraction"),
                     QStringLiteral("Must be CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT."));
    const QJsonValue expiresAt = body.value(QStringLiteral("expiresAt"));
    if (!expiresAt.isUndefined() && !expiresAt.isNull() &&
        (!expiresAt.isString() || !parseRfc3339(expiresAt.toString())))
        return field(QStringLiteral("expiresAt"), QStringLiteral("Must be an RFC 3339 date-time."));
    const QJsonValue qrFormat = body.value(QStringLiteral("qrFormat"));
    if (qrFormat.isObject()) {
        const QJsonObject qr = qrFormat.toObject();
        static const QSet<QString> formats{QStringLiteral("TEXT/TARGETURL"), QStringLiteral("IMAGE/SVG+XML"),
                                           QStringLiteral("IMAGE/PNG")};
        if (!formats.contains(qr.value(QStringLiteral("format")).toString()))
            return field(QStringLiteral("qrFormat.format"),
                         QStringLiteral("Must be TEXT/TARGETURL, IMAGE/SVG+XML or IMAGE/PNG."));
        const QJsonValue size = qr.value(QStringLiteral("size"));
        if (!size.isUndefined() && !size.isNull() &&
            (!isInteger(size) || size.toInteger() < 100 || size.toInteger() > 2000))
            return field(QStringLiteral("qrFormat.size"),
                         QStringLiteral("Must be an integer from 100 to 2000."));
    } else if (!qrFormat.isUndefined() && !qrFormat.isNull()) {
        return field(QStringLiteral("qrFormat"), QStringLiteral("Must be an object."));
    }
    const QJsonValue profile = body.value(QStringLiteral("profile"));
    if (!profile.isUndefined() &&
        (!profile.isObject() || (profile.toObject().contains(QStringLiteral("scope")) &&
                                 !profile.toObject().value(QStringLiteral("scope")).isString())))
        return field(QStringLiteral("profile.scope"), QStringLiteral("Must be a space-separated string."));
    if (body.contains(QStringLiteral("receipt"))) {
        if (auto error = validateReceipt(body.value(QStringLiteral("receipt")), QStringLiteral("receipt")))
            return error;
    }
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateCustomer(const QJsonValue& customer) const
{
    if (!customer.isObject())
        return field(QStringLiteral("customer"), QStringLiteral("Must be an object."));
    const QJsonObject object = customer.toObject();
    int given = 0;
    for (const char* key : {"phoneNumber", "personalQr", "customerToken"})
        given += object.contains(QLatin1String(key)) ? 1 : 0;
    if (given != 1)
        return field(QStringLiteral("customer"),
                     QStringLiteral("Give exactly one of phoneNumber, personalQr and customerToken."));
    if (object.contains(QStringLiteral("phoneNumber"))) {
        const QJsonValue phone = object.value(QStringLiteral("phoneNumber"));
        if (!phone.isString())
            return field(QStringLiteral("customer.phoneNumber"),
                         QStringLiteral("Must be a string of digits."));
        if (!isValidPhone(phone.toString()))
            return field(QStringLiteral("customer.phoneNumber"), QStringLiteral("Must match ^\\d{10,15}$."));
    }
    if (auto error =
            stringField(object, QStringLiteral("personalQr"), QStringLiteral("customer.personalQr"), 5, 255))
        return error;
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateRules(const QJsonObject& body) const
{
    const QString flow = body.value(QStringLiteral("userFlow")).toString();
    const QJsonObject amount = body.value(QStringLiteral("amount")).toObject();
    const QString currency = amount.value(QStringLiteral("currency")).toString();
    if (currency != m_merchant.currency)
        return ApiError::domain(5040,
                                QStringLiteral("The sales unit takes %1 only.").arg(m_merchant.currency));
    if (amount.value(QStringLiteral("value")).toInteger() < minimumAmount(currency))
        return ApiError::domain(
            6010, QStringLiteral("The minimum amount is %1 in minor units.").arg(minimumAmount(currency)));
    if (body.value(QStringLiteral("paymentMethod")).toObject().value(QStringLiteral("type")).toString() ==
            QStringLiteral("CARD") &&
        flow != kWeb)
        return ApiError::domain(4160, QStringLiteral("CARD needs userFlow WEB_REDIRECT."));
    const QJsonObject customer = body.value(QStringLiteral("customer")).toObject();
    if (flow == kPush && customer.isEmpty())
        return ApiError::domain(4140, QStringLiteral("PUSH_MESSAGE needs a customer."),
                                QStringLiteral("customer"));
    if (flow == kWeb && !body.contains(QStringLiteral("returnUrl")))
        return ApiError::domain(4140, QStringLiteral("WEB_REDIRECT needs a returnUrl."),
                                QStringLiteral("returnUrl"));
    for (const char* urlField : {"returnUrl", "receiptUrl"}) {
        const QJsonValue url = body.value(QLatin1String(urlField));
        if (url.isString() && !isAcceptableUrl(url.toString()))
            return ApiError::domain(4090, QStringLiteral("Use https:// or a custom URL scheme."),
                                    QLatin1String(urlField));
    }
    if (body.value(QStringLiteral("qrFormat")).isObject() && flow != kQr)
        return ApiError::fieldError(QStringLiteral("qrFormat"), QStringLiteral("Only with userFlow QR."));
    static const QSet<QString> scopes{QStringLiteral("name"),      QStringLiteral("address"),
                                      QStringLiteral("email"),     QStringLiteral("phoneNumber"),
                                      QStringLiteral("birthDate"), QStringLiteral("nin")};
    const QString scope =
        body.value(QStringLiteral("profile")).toObject().value(QStringLiteral("scope")).toString();
    const QStringList requested = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& item : requested) {
        if (!scopes.contains(item))
            return ApiError::domain(4080, QStringLiteral("Unknown scope '%1'.").arg(item),
                                    QStringLiteral("profile.scope"));
    }
    if (auto error = validateMetadata(body.value(QStringLiteral("metadata"))))
        return error;
    if (auto error = validateExpiry(body))
        return error;
    if (flow == kPush && !m_merchant.pushAllowed)
        return ApiError::domain(5080, QStringLiteral("This sales unit may not skip the landing page."));
    if (customer.contains(QStringLiteral("customerToken")))
        return ApiError::domain(4050, QStringLiteral("The sandbox issues no customer tokens."));
    if (customer.contains(QStringLiteral("personalQr")))
        return ApiError::domain(4060, QStringLiteral("The sandbox knows no personal QR codes."));
    const QString phone = customer.value(QStringLiteral("phoneNumber")).toString();
    if (!phone.isEmpty() && !m_isKnownUser(phone))
        return ApiError::domain(7010, QStringLiteral("Customer not found."));
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateExpiry(const QJsonObject& body) const
{
    const QJsonValue value = body.value(QStringLiteral("expiresAt"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString flow = body.value(QStringLiteral("userFlow")).toString();
    if (flow != kPush && flow != kQr)
        return ApiError::fieldError(QStringLiteral("expiresAt"),
                                    QStringLiteral("Only with PUSH_MESSAGE or QR."));
    if (!m_merchant.longLivingAllowed)
        return ApiError::domain(5050, QStringLiteral("This sales unit may not create long-living payments."));
    const QDateTime expiresAt = *parseRfc3339(value.toString());
    if (expiresAt <= m_now.addSecs(10 * 60))
        return ApiError::domain(6120, QStringLiteral("expiresAt must be more than 10 minutes ahead."),
                                QStringLiteral("expiresAt"));
    if (expiresAt > m_now.addSecs(m_merchant.maxExpiry.count()))
        return ApiError::domain(6110, QStringLiteral("expiresAt is beyond this sales unit's maximum."),
                                QStringLiteral("expiresAt"));
    if (!body.contains(QStringLiteral("receipt")))
        return ApiError::domain(6130, QStringLiteral("Long living payments require a receipt."),
                                QStringLiteral("receipt"));
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateMetadata(const QJsonValue& metadata)
{
    if (metadata.isUndefined() || metadata.isNull())
        return std::nullopt;
    if (!metadata.isObject())
        return field(QStringLiteral("metadata"), QStringLiteral("Must be an object of strings."));
    const QJsonObject object = metadata.toObject();
    if (object.size() > 5)
        return ApiError::domain(4100, QStringLiteral("At most 5 metadata entries."),
                                QStringLiteral("metadata"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return field(QStringLiteral("metadata.") + it.key(), QStringLiteral("Must be a string."));
        if (it.key().size() > 100)
            return ApiError::domain(4120, QStringLiteral("Metadata keys are at most 100 characters."),
                                    QStringLiteral("metadata"));
        if (it.value().toString().size() > 500)
            return ApiError::domain(4130, QStringLiteral("Metadata values are at most 500 characters."),
                                    QStringLiteral("metadata"));
    }
    return std::nullopt;
}

} // namespace InvoiceDesk::Sandbox
