// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/receipt.h"

#include "vipps/jsonreader.h"

namespace InvoiceDesk::Vipps {

QJsonObject Receipt::toJson() const
{
    QJsonArray lines;
    for (const OrderLine& line : orderLines) {
        QJsonObject json{{QStringLiteral("name"), line.name},
                         {QStringLiteral("id"), line.id},
                         {QStringLiteral("totalAmount"), line.totalAmount},
                         {QStringLiteral("totalAmountExcludingTax"), line.totalAmountExcludingTax},
                         {QStringLiteral("totalTaxAmount"), line.totalTaxAmount},
                         {QStringLiteral("taxRate"), line.taxRate}};
        if (line.unitInfo) {
            QJsonObject unit{{QStringLiteral("quantity"), line.unitInfo->quantity},
                             {QStringLiteral("quantityUnit"), line.unitInfo->quantityUnit}};
            unit.insert(QStringLiteral("unitPrice"),
                        line.unitInfo->unitPrice ? QJsonValue(*line.unitInfo->unitPrice) : QJsonValue());
            json.insert(QStringLiteral("unitInfo"), unit);
        }
        if (line.discount)
            json.insert(QStringLiteral("discount"), *line.discount);
        if (!line.productUrl.isEmpty())
            json.insert(QStringLiteral("productUrl"), line.productUrl);
        if (line.isReturn)
            json.insert(QStringLiteral("isReturn"), true);
        if (line.isShipping)
            json.insert(QStringLiteral("isShipping"), true);
        lines.append(json);
    }
    QJsonObject bottomLine{{QStringLiteral("currency"), currency}};
    if (!receiptNumber.isEmpty())
        bottomLine.insert(QStringLiteral("receiptNumber"), receiptNumber);
    return {{QStringLiteral("orderLines"), lines}, {QStringLiteral("bottomLine"), bottomLine}};
}

Result<Receipt> Receipt::fromJson(const QJsonObject& json)
{
    JsonReader reader(json);
    Receipt receipt;
    const QJsonArray lines = reader.array("orderLines");
    for (const QJsonValue& value : lines) {
        if (!value.isObject()) {
            reader.fail(QStringLiteral("an order line is not an object"));
            break;
        }
        JsonReader lineReader(value.toObject(), QStringLiteral("orderLines[]"));
        OrderLine line;
        line.name = lineReader.string("name");
        line.id = lineReader.string("id");
        line.totalAmount = lineReader.int64("totalAmount");
        line.totalAmountExcludingTax = lineReader.int64("totalAmountExcludingTax");
        line.totalTaxAmount = lineReader.int64("totalTaxAmount");
        if (const auto rate = lineReader.optionalInt64("taxRate"))
            line.taxRate = int(*rate);
        else if (const auto percentage = lineReader.optionalInt64("taxPercentage"))
            line.taxRate = int(*percentage * 100);
        else
            lineReader.fail(
                QStringLiteral("order line %1 has neither taxRate nor taxPercentage").arg(line.id));
        if (auto unit = lineReader.optionalObject("unitInfo")) {
            UnitInfo info;
            info.unitPrice = unit->optionalInt64("unitPrice");
            info.quantity = unit->string("quantity");
            info.quantityUnit = unit->optionalString("quantityUnit").value_or(QStringLiteral("PCS"));
            line.unitInfo = info;
        }
        line.discount = lineReader.optionalInt64("discount");
        line.productUrl = lineReader.optionalString("productUrl").value_or(QString());
        if (!lineReader.ok())
            return lineReader.error();
        receipt.orderLines.append(line);
    }
    JsonReader bottom = reader.object("bottomLine");
    receipt.currency = bottom.string("currency");
    receipt.receiptNumber = bottom.optionalString("receiptNumber").value_or(QString());
    if (!reader.ok())
        return reader.error();
    return receipt;
}

} // namespace InvoiceDesk::Vipps
