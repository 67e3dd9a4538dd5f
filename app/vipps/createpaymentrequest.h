// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/amount.h"
#include "vipps/receipt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace InvoiceDesk::Vipps {

enum class UserFlow { PushMessage, WebRedirect, Qr };
enum class QrFormat { Svg, Png, TargetUrl };

// The body of POST /epayment/v1/payments, shaped as the spec wants it: WALLET in upper case, the
// phone number as a digit string, and no customer unless the number is known.
struct CreatePaymentRequest {
    Amount amount;
    QString reference;
    UserFlow userFlow = UserFlow::PushMessage;
    QString customerPhoneNumber; // MSISDN digits, e.g. "4791234567"; empty: unknown, not sent
    QString paymentDescription;
    QString returnUrl;
    std::optional<QDateTime> expiresAt;
    std::optional<Receipt> receipt;
    QString profileScope; // space-separated, e.g. "phoneNumber name"
    std::optional<QrFormat> qrFormat;
    std::optional<int> qrSize; // PNG only, 100–2000

    QJsonObject toJson() const;
    // What the spec would reject, checked before anything is sent; empty when the request is fine.
    QString whyInvalid() const;

    static QString userFlowName(UserFlow flow);
};

struct CreatePaymentResponse {
    QString reference;
    QString redirectUrl; // landing page or QR image link; empty for PUSH_MESSAGE
};

} // namespace InvoiceDesk::Vipps
