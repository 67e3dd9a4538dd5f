// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "sandbox/customersimulator.h"
#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/idempotencystore.h"
#include "sandbox/merchantsettings.h"
#include "sandbox/ordermanagementservice.h"
#include "sandbox/paymentbook.h"
#include "sandbox/problem.h"
#include "sandbox/ratelimiter.h"

#include <QUrl>

#include <functional>

namespace InvoiceDesk::Sandbox {

// ePayment v1 over HTTP: create, get, events, cancel, capture, refund and the test-only force approve.
// Mutations go through the Idempotency-Key ledger and the per-reference rate limits first.
class EPaymentService {
public:
    EPaymentService(Clock& clock, PaymentBook& book, CustomerSimulator& customers,
                    IdempotencyStore& idempotency, RateLimiter& rateLimiter, OrderManagementService& orders);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }

    HttpResponse create(const HttpRequest& request, const MerchantSettings& merchant);
    HttpResponse get(const HttpRequest& request, const MerchantSettings& merchant, const QString& reference);
    HttpResponse events(const HttpRequest& request, const MerchantSettings& merchant,
                        const QString& reference);
    HttpResponse cancel(const HttpRequest& request, const MerchantSettings& merchant,
                        const QString& reference);
    HttpResponse capture(const HttpRequest& request, const MerchantSettings& merchant,
                         const QString& reference);
    HttpResponse refund(const HttpRequest& request, const MerchantSettings& merchant,
                        const QString& reference);
    HttpResponse forceApprove(const HttpRequest& request, const MerchantSettings& merchant,
                              const QString& reference);

    static QJsonObject paymentJson(const SandboxPayment& payment);

private:
    using Operation = std::function<HttpResponse()>;
    HttpResponse mutation(const HttpRequest& request, const MerchantSettings& merchant,
                          const QString& operation, const QString& reference, const Operation& apply);
    HttpResponse error(const ApiError& apiError, const HttpRequest& request) const;
    std::optional<HttpResponse> checkReference(const HttpRequest& request, const QString& reference) const;
    HttpResponse createPayment(const HttpRequest& request, const MerchantSettings& merchant,
                               const QJsonObject& body);
    HttpResponse modification(const SandboxPayment& payment, const QString& pspReference) const;
    HttpResponse applyCancel(const HttpRequest& request, const MerchantSettings& merchant,
                             const QString& reference);
    HttpResponse applyCapture(const HttpRequest& request, const MerchantSettings& merchant,
                              const QString& reference);
    HttpResponse applyRefund(const HttpRequest& request, const MerchantSettings& merchant,
                             const QString& reference);

    Clock& m_clock;
    PaymentBook& m_book;
    CustomerSimulator& m_customers;
    IdempotencyStore& m_idempotency;
    RateLimiter& m_rateLimiter;
    OrderManagementService& m_orders;
    QUrl m_baseUrl;
};

} // namespace InvoiceDesk::Sandbox
