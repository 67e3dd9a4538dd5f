// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk::Vipps {

// Order lines and bottom line as Order Management defines them (also sent inside createPayment).
struct UnitInfo {
    std::optional<qint64> unitPrice;        // minor units
    QString quantity = QStringLiteral("1"); // a decimal string, as the API wants it
    QString quantityUnit = QStringLiteral("PCS");
};

struct OrderLine {
    QString name;
    QString id;
    qint64 totalAmount = 0; // incl. tax and discount
    qint64 totalAmountExcludingTax = 0;
    qint64 totalTaxAmount = 0;
    int taxRate = 0; // hundredths of a percent: 2500 = 25 %
    std::optional<UnitInfo> unitInfo;
    std::optional<qint64> discount;
    QString productUrl;
    bool isReturn = false;
    bool isShipping = false;
};

struct Receipt {
    QList<OrderLine> orderLines;
    QString currency = QStringLiteral("NOK");
    QString receiptNumber;

    QJsonObject toJson() const;
    // Reads a receipt as stored in a file or returned by Order Management; strict on types.
    static Result<Receipt> fromJson(const QJsonObject& json);
};

} // namespace InvoiceDesk::Vipps
