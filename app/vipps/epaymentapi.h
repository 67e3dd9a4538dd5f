// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"
#include "vipps/createpaymentrequest.h"
#include "vipps/paymentdetails.h"

namespace InvoiceDesk::Vipps {

// ePayment v1: create, read and adjust payments. Every mutation takes the caller's idempotency key,
// so the caller can store it before the request leaves and repeat it after a crash.
class EPaymentApi {
public:
    explicit EPaymentApi(ApiClient& client);

    QFuture<Result<CreatePaymentResponse>> create(const CreatePaymentRequest& request,
                                                  const QString& idempotencyKey);
    QFuture<Result<PaymentDetails>> get(const QString& reference);
    QFuture<Result<QList<PaymentEvent>>> events(const QString& reference);
    QFuture<Result<ModificationResult>> capture(const QString& reference, Amount amount,
                                                const QString& idempotencyKey);
    QFuture<Result<ModificationResult>> refund(const QString& reference, Amount amount,
                                               const QString& idempotencyKey);
    // onlyIfNotAuthorized sends cancelTransactionOnly: the cancel fails (6060) if the customer approved.
    QFuture<Result<ModificationResult>> cancel(const QString& reference, const QString& idempotencyKey,
                                               bool onlyIfNotAuthorized = false);
    // Test and Sandbox only: approve as the customer with this phone number would.
    QFuture<Result<Done>> forceApprove(const QString& reference, const QString& msisdn);

    static QString paymentPath(const QString& reference, const QString& suffix = {});

private:
    QFuture<Result<ModificationResult>> modify(const QString& operation, const QString& reference,
                                               const QString& suffix, std::optional<QByteArray> body,
                                               const QString& idempotencyKey);

    ApiClient& m_client;
};

// Checks an idempotency key as the spec does (1–50 characters); empty when it is fine.
QString whyInvalidIdempotencyKey(const QString& key);

} // namespace InvoiceDesk::Vipps
