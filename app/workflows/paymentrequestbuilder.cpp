// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/paymentrequestbuilder.h"

#include <QJsonDocument>
#include <QLocale>

namespace InvoiceDesk::Workflows {

namespace {

Vipps::UserFlow userFlowOf(PaymentFlow flow)
{
    switch (flow) {
    case PaymentFlow::Push:
        return Vipps::UserFlow::PushMessage;
    case PaymentFlow::Link:
        return Vipps::UserFlow::WebRedirect;
    case PaymentFlow::Qr:
        return Vipps::UserFlow::Qr;
    }
    return Vipps::UserFlow::WebRedirect;
}

} // namespace

QString PaymentRequestBuilder::defaultDescription(const Invoice& invoice, const QString& language)
{
    QString text;
    if (language.startsWith(QLatin1String("nb")) || language.startsWith(QLatin1String("no"))) {
        text = QStringLiteral("Faktura %1, forfall %2")
                   .arg(invoice.number, invoice.dueDate.toString(u"dd.MM.yyyy"));
    } else {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        text = QStringLiteral("Invoice# %1, due date: %2")
                   .arg(invoice.number, english.toString(invoice.dueDate, u"dd MMM yyyy"));
    }
    return text.left(maximumDescriptionLength);
}

Vipps::Receipt PaymentRequestBuilder::receiptFor(const Invoice& invoice)
{
    Vipps::Receipt receipt;
    receipt.currency = invoice.currency;
    receipt.receiptNumber = invoice.number;
    int index = 0;
    for (const InvoiceLine& line : invoice.lines) {
        ++index;
        Vipps::OrderLine orderLine;
        orderLine.name =
            line.description.trimmed().isEmpty() ? tr("Line %1").arg(index) : line.description.trimmed();
        orderLine.id = QString::number(index);
        orderLine.totalAmount = line.totalMinor();
        orderLine.totalAmountExcludingTax = line.totalExcludingVatMinor;
        orderLine.totalTaxAmount = line.totalVatMinor;
        orderLine.taxRate = line.vatRateBasisPoints;
        Vipps::UnitInfo unit;
        unit.unitPrice = line.unitPriceMinor;
        unit.quantity = line.quantity;
        orderLine.unitInfo = unit;
        receipt.orderLines.append(orderLine);
    }
    if (receipt.orderLines.isEmpty()) {
        // Imported invoices often carry only a total; the receipt still needs one line.
        Vipps::OrderLine orderLine;
        orderLine.name = tr("Invoice %1").arg(invoice.number);
        orderLine.id = QStringLiteral("1");
        orderLine.totalAmount = invoice.total().minorUnits();
        orderLine.totalAmountExcludingTax = invoice.total().minorUnits() - invoice.totalVat().minorUnits();
        orderLine.totalTaxAmount = invoice.totalVat().minorUnits();
        orderLine.taxRate = 0;
        receipt.orderLines.append(orderLine);
    }
    return receipt;
}

QUrl PaymentRequestBuilder::invoiceLink(const Invoice& invoice, const PaymentAttempt& attempt,
                                        const MerchantProfile& profile)
{
    if (invoice.link.isValid() && !invoice.link.isEmpty())
        return invoice.link;
    QString link = profile.invoiceLinkTemplate;
    link.replace(QLatin1String("{number}"), QString::fromLatin1(QUrl::toPercentEncoding(invoice.number)));
    link.replace(QLatin1String("{reference}"), attempt.reference);
    return QUrl(link);
}

Vipps::CreatePaymentRequest PaymentRequestBuilder::build(const Invoice& invoice,
                                                         const PaymentAttempt& attempt,
                                                         const MerchantProfile& profile)
{
    Vipps::CreatePaymentRequest request;
    request.amount = {attempt.amountMinor, attempt.currency};
    request.reference = attempt.reference;
    request.userFlow = userFlowOf(attempt.flow);
    request.paymentDescription = attempt.description;
    request.receipt = receiptFor(invoice);
    switch (attempt.flow) {
    case PaymentFlow::Push:
        request.customerPhoneNumber = attempt.phoneMsisdn;
        request.expiresAt = attempt.expiresAt;
        break;
    case PaymentFlow::Qr:
        request.expiresAt = attempt.expiresAt;
        request.qrFormat = Vipps::QrFormat::Png;
        request.qrSize = 600;
        break;
    case PaymentFlow::Link:
        // WEB_REDIRECT takes no expiresAt: Vipps' landing page link lives for ten minutes.
        request.returnUrl = profile.returnUrl.toString();
        break;
    }
    if (attempt.learnPhone)
        request.profileScope = QStringLiteral("phoneNumber");
    return request;
}

QByteArray PaymentRequestBuilder::body(const Vipps::CreatePaymentRequest& request)
{
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace InvoiceDesk::Workflows
