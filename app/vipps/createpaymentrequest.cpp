// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/createpaymentrequest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace InvoiceDesk::Vipps {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Vipps::CreatePaymentRequest", text);
}

QString qrFormatName(QrFormat format)
{
    switch (format) {
    case QrFormat::Svg:
        return QStringLiteral("IMAGE/SVG+XML");
    case QrFormat::Png:
        return QStringLiteral("IMAGE/PNG");
    case QrFormat::TargetUrl:
        return QStringLiteral("TEXT/TARGETURL");
    }
    return {};
}

} // namespace

QString CreatePaymentRequest::userFlowName(UserFlow flow)
{
    switch (flow) {
    case UserFlow::PushMessage:
        return QStringLiteral("PUSH_MESSAGE");
    case UserFlow::WebRedirect:
        return QStringLiteral("WEB_REDIRECT");
    case UserFlow::Qr:
        return QStringLiteral("QR");
    }
    return {};
}

QJsonObject CreatePaymentRequest::toJson() const
{
    QJsonObject json{
        {QStringLiteral("amount"), amount.toJson()},
        {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), QStringLiteral("WALLET")}}},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("userFlow"), userFlowName(userFlow)},
        {QStringLiteral("customerInteraction"), QStringLiteral("CUSTOMER_NOT_PRESENT")}};
    if (!customerPhoneNumber.isEmpty())
        json.insert(QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), customerPhoneNumber}});
    if (!paymentDescription.isEmpty())
        json.insert(QStringLiteral("paymentDescription"), paymentDescription);
    if (!returnUrl.isEmpty())
        json.insert(QStringLiteral("returnUrl"), returnUrl);
    if (expiresAt)
        json.insert(QStringLiteral("expiresAt"), expiresAt->toUTC().toString(Qt::ISODate));
    if (receipt)
        json.insert(QStringLiteral("receipt"), receipt->toJson());
    if (!profileScope.isEmpty())
        json.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("scope"), profileScope}});
    if (qrFormat) {
        QJsonObject format{{QStringLiteral("format"), qrFormatName(*qrFormat)}};
        if (qrSize && *qrFormat == QrFormat::Png)
            format.insert(QStringLiteral("size"), *qrSize);
        json.insert(QStringLiteral("qrFormat"), format);
    }
    return json;
}

QString CreatePaymentRequest::whyInvalid() const
{
    static const QRegularExpression referencePattern(QStringLiteral("^[a-zA-Z0-9-]{8,64}$"));
    static const QRegularExpression phonePattern(QStringLiteral("^\\d{10,15}$"));
    static const QRegularExpression scopePattern(
        QStringLiteral("^(name|address|email|phoneNumber|birthDate|nin)( "
                       "(name|address|email|phoneNumber|birthDate|nin))*$"));
    if (!referencePattern.match(reference).hasMatch())
        return tr("The reference must be 8 to 64 letters, digits or hyphens.");
    if (amount.value <= 0 || amount.value > 65000000)
        return tr("The amount must be between 1 and 65,000,000 øre/cents.");
    if (!QStringList{QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("EUR")}.contains(
            amount.currency))
        return tr("The currency must be NOK, DKK or EUR.");
    if (!customerPhoneNumber.isEmpty() && !phonePattern.match(customerPhoneNumber).hasMatch())
        return tr(
            "The phone number must be the country code and number, 10 to 15 digits, for example 4791234567.");
    if (userFlow == UserFlow::PushMessage && customerPhoneNumber.isEmpty())
        return tr("A push request needs the customer's phone number.");
    if (userFlow == UserFlow::WebRedirect && returnUrl.isEmpty())
        return tr("A link payment needs a return address (https://).");
    if (!returnUrl.isEmpty() && QUrl(returnUrl).scheme() == QLatin1String("http"))
        return tr("The return address must use https://.");
    if (!paymentDescription.isEmpty() && (paymentDescription.size() < 3 || paymentDescription.size() > 100))
        return tr("The description must be 3 to 100 characters.");
    if (expiresAt && userFlow == UserFlow::WebRedirect)
        return tr("An expiry date can only be used with push and QR payments.");
    if (expiresAt && !receipt)
        return tr("A payment with an expiry date must include a receipt.");
    if (receipt && receipt->orderLines.isEmpty())
        return tr("A receipt needs at least one order line.");
    if (qrFormat && userFlow != UserFlow::Qr)
        return tr("A QR format can only be chosen for QR payments.");
    if (!profileScope.isEmpty() && !scopePattern.match(profileScope).hasMatch())
        return tr("The profile scope must be a space-separated list of name, address, email, phoneNumber, "
                  "birthDate and nin.");
    return {};
}

} // namespace InvoiceDesk::Vipps
