// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/merchantsettings.h"
#include "sandbox/problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace InvoiceDesk::Sandbox {

// The rules third_party/vipps-openapi/bundled/epayment.v1.yml and the ePayment API guide
// (https://developer.vippsmobilepay.com/docs/APIs/epayment-api) put on request bodies:
// first the schema (400 naming the field), then the domain rules (400/422 with a numeric code).
class PaymentValidator {
public:
    using UserLookup = std::function<bool(const QString& msisdn)>;

    PaymentValidator(const MerchantSettings& merchant, QDateTime now, UserLookup isKnownUser);

    std::optional<ApiError> validateCreate(const QJsonObject& body) const;
    // Capture and refund bodies: {"modificationAmount": {currency, value}} in the payment's currency.
    std::optional<ApiError> validateModification(const QJsonObject& body, const QString& currency) const;
    // Cancel: no body, or {"cancelTransactionOnly": bool} and nothing else.
    static std::optional<ApiError> validateCancel(const QJsonValue& body);
    static std::optional<ApiError> validateReceipt(const QJsonValue& receipt, const QString& field);
    static std::optional<ApiError> validateAmount(const QJsonValue& amount, const QString& field);
    static std::optional<QDateTime> parseRfc3339(const QString& text);
    static bool isValidReference(const QString& reference);
    static bool isValidPhone(const QString& phone);

private:
    std::optional<ApiError> validateSchema(const QJsonObject& body) const;
    std::optional<ApiError> validateCustomer(const QJsonValue& customer) const;
    std::optional<ApiError> validateRules(const QJsonObject& body) const;
    std::optional<ApiError> validateExpiry(const QJsonObject& body) const;
    static std::optional<ApiError> validateMetadata(const QJsonValue& metadata);

    MerchantSettings m_merchant;
    QDateTime m_now;
    UserLookup m_isKnownUser;
};

} // namespace InvoiceDesk::Sandbox
