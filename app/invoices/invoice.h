// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace InvoiceDesk {

// One line of an invoice. Amounts are minor units; the VAT rate is in hundredths of a percent
// (2500 = 25 %), as Vipps' receipt wants it.
struct InvoiceLine {
    QString description;
    QString quantity = QStringLiteral("1"); // a decimal string, as typed ("2.5")
    qint64 unitPriceMinor = 0;              // excluding VAT
    int vatRateBasisPoints = 2500;
    qint64 totalExcludingVatMinor = 0;
    qint64 totalVatMinor = 0;
    qint64 totalMinor() const { return totalExcludingVatMinor + totalVatMinor; }

    friend bool operator==(const InvoiceLine&, const InvoiceLine&) = default;
};

struct Invoice {
    qint64 id = 0;  // 0 until stored
    QString number; // the merchant's invoice number, unique in the book
    qint64 customerId = 0;
    QString currency = QStringLiteral("NOK");
    QDate issueDate;
    QDate dueDate;
    QString description;
    QUrl link; // the merchant-hosted invoice
    QList<InvoiceLine> lines;
    // The invoice total when no lines were given (imported invoices often have only a total).
    qint64 totalWithoutLinesMinor = 0;

    Money total() const;
    Money totalVat() const;

    friend bool operator==(const Invoice&, const Invoice&) = default;
};

// The currencies Vipps MobilePay's ePayment API takes: NOK, DKK and EUR.
bool isSupportedCurrency(const QString& code);

} // namespace InvoiceDesk
