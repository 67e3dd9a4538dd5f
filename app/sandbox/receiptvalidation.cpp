// SPDX-License-Identifier: GPL-3.0-or-later
// The Receipt schema (Order Management v2, embedded in ePayment create): shared by both APIs.
#include "sandbox/paymentvalidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace InvoiceDesk::Sandbox {

namespace {
bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
}

std::optional<ApiError> checkOrderLine(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return ApiError::fieldError(path, QStringLiteral("Must be an object."));
    const QJsonObject line = value.toObject();
    for (const char* text : {"name", "id"}) {
        if (!line.value(QLatin1String(text)).isString())
            return ApiError::fieldError(path + QLatin1Char('.') + QLatin1String(text),
                                        QStringLiteral("The field is required and must be a string."));
    }
    for (const char* amount : {"totalAmount", "totalAmountExcludingTax", "totalTaxAmount"}) {
        if (!isWholeNumber(line.value(QLatin1String(amount))))
            return ApiError::fieldError(path + QLatin1Char('.') + QLatin1String(amount),
                                        QStringLiteral("The field is required and must be an integer."));
    }
    const QJsonValue taxRate = line.value(QStringLiteral("taxRate"));
    const QJsonValue taxPercentage = line.value(QStringLiteral("taxPercentage"));
    if (taxRate.isUndefined() && taxPercentage.isUndefined())
        return ApiError::fieldError(path + QStringLiteral(".taxRate"),
                                    QStringLiteral("Give taxRate or taxPercentage."));
    if (!taxRate.isUndefined() &&
        (!isWholeNumber(taxRate) || taxRate.toInteger() < 0 || taxRate.toInteger() > 10000))
        return ApiError::fieldError(path + QStringLiteral(".taxRate"),
                                    QStringLiteral("Must be an integer 0-10000."));
    if (!taxPercentage.isUndefined() &&
        (!isWholeNumber(taxPercentage) || taxPercentage.toInteger() < 0 || taxPercentage.toInteger() > 100))
        return ApiError::fieldError(path + QStringLiteral(".taxPercentage"),
                                    QStringLiteral("Must be an integer 0-100."));
    const QJsonValue unitInfo = line.value(QStringLiteral("unitInfo"));
    if (!unitInfo.isUndefined() && !unitInfo.isNull()) {
        const QJsonObject unit = unitInfo.toObject();
        static const QRegularExpression quantityPattern(QStringLiteral("^\\d+([\\.]\\d{1,8})?$"));
        const QJsonValue quantity = unit.value(QStringLiteral("quantity"));
        if (!quantity.isString() || quantity.toString().size() > 10 ||
            !quantityPattern.match(quantity.toString()).hasMatch())
            return ApiError::fieldError(
                path + QStringLiteral(".unitInfo.quantity"),
                QStringLiteral("Must be a string of digits such as \"1\" or \"0.5\"."));
        if (!unit.contains(QStringLiteral("unitPrice")))
            return ApiError::fieldError(path + QStringLiteral(".unitInfo.unitPrice"),
                                        QStringLiteral("The field is required."));
        static const QSet<QString> units{QStringLiteral("PCS"),   QStringLiteral("KG"),
                                         QStringLiteral("KM"),    QStringLiteral("MINUTE"),
                                         QStringLiteral("LITRE"), QStringLiteral("KWH")};
        const QJsonValue quantityUnit = unit.value(QStringLiteral("quantityUnit"));
        if (!quantityUnit.isUndefined() && !units.contains(quantityUnit.toString()))
            return ApiError::fieldError(path + QStringLiteral(".unitInfo.quantityUnit"),
                                        QStringLiteral("Must be PCS, KG, KM, MINUTE, LITRE or KWH."));
    }
    return std::nullopt;
}
} // namespace

std::optional<ApiError> PaymentValidator::validateReceipt(const QJsonValue& receipt, const QString& path)
{
    if (!receipt.isObject())
        return ApiError::fieldError(path,
                                    QStringLiteral("Must be an object with orderLines and bottomLine."));
    const QJsonObject object = receipt.toObject();
    const QJsonValue lines = object.value(QStringLiteral("orderLines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        return ApiError::fieldError(path + QStringLiteral(".orderLines"),
                                    QStringLiteral("At least one order line."));
    const QJsonArray lineArray = lines.toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        if (auto error = checkOrderLine(lineArray[i], path + QStringLiteral(".orderLines[%1]").arg(i)))
            return error;
    }
    const QJsonValue bottomLine = object.value(QStringLiteral("bottomLine"));
    if (!bottomLine.isObject())
        return ApiError::fieldError(path + QStringLiteral(".bottomLine"),
                                    QStringLiteral("The field is required."));
    static const QSet<QString> currencies{QStringLiteral("NOK"), QStringLiteral("DKK"),
                                          QStringLiteral("EUR")};
    if (!currencies.contains(bottomLine.toObject().value(QStringLiteral("currency")).toString()))
        return ApiError::fieldError(path + QStringLiteral(".bottomLine.currency"),
                                    QStringLiteral("Must be one of NOK, DKK, EUR."));
    return std::nullopt;
}

} // namespace InvoiceDesk::Sandbox
