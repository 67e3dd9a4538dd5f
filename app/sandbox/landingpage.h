// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/paymentbook.h"

namespace InvoiceDesk::Sandbox {

// The landing page a WEB_REDIRECT or QR payment leads to: a form where a person types a phone
// number and approves or rejects in a real browser, standing in for the Vipps app.
class LandingPage {
public:
    explicit LandingPage(PaymentBook& book);

    HttpResponse show(const HttpRequest& request);
    HttpResponse submit(const HttpRequest& request);
    HttpResponse qr(const QString& token, const QString& format, const HttpRequest& request,
                    const QString& baseUrl);

private:
    static QString page(const QString& title, const QString& content);

    PaymentBook& m_book;
};

} // namespace InvoiceDesk::Sandbox
