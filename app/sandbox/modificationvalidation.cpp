// SPDX-License-Identifier: GPL-3.0-or-later
// The bodies of capture, refund and cancel.
#include "sandbox/paymentvalidator.h"

namespace InvoiceDesk::Sandbox {

namespace {
std::optional<ApiError> field(const QString& name, const QString& reason)
{
    return ApiError::fieldError(name, reason);
}
} // namespace

std::optional<ApiError> PaymentValidator::validateModification(const QJsonObject& body,
                                                               const QString& currency) const
{
    if (!body.contains(QStringLiteral("modificationAmount")))
        return field(QStringLiteral("modificationAmount"), QStringLiteral("The field is required."));
    if (auto error = validateAmount(body.value(QStringLiteral("modificationAmount")),
                                    QStringLiteral("modificationAmount")))
        return error;
    const QJsonObject amount = body.value(QStringLiteral("modificationAmount")).toObject();
    if (amount.value(QStringLiteral("currency")).toString() != currency)
        return field(QStringLiteral("modificationAmount.currency"),
                     QStringLiteral("Must be the payment's currency, %1.").arg(currency));
    if (amount.value(QStringLiteral("value")).toInteger() <= 0)
        return ApiError::domain(4040, QStringLiteral("The amount must be positive."),
                                QStringLiteral("modificationAmount.value"));
    return std::nullopt;
}

std::optional<ApiError> PaymentValidator::validateCancel(const QJsonValue& body)
{
    if (body.isUndefined() || body.isNull())
        return std::nullopt;
    if (!body.isObject())
        return field(QStringLiteral("body"), QStringLiteral("Must be an object."));
    const QJsonObject object = body.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QStringLiteral("cancelTransactionOnly"))
            return field(it.key(), QStringLiteral("Unknown field."));
        if (!it.value().isBool())
            return field(it.key(), QStringLiteral("Must be a boolean."));
    }
    return std::nullopt;
}

} // namespace InvoiceDesk::Sandbox
