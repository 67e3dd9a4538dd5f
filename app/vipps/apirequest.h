// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace InvoiceDesk::Vipps {

// Which of Vipps' per-reference rate limits a call counts against
// (https://developer.vippsmobilepay.com/docs/APIs/epayment-api/operations/rate-limits).
enum class RateBucket { None, Mutation, Read };

// One logical call, before the request factory shapes it. Retries resend exactly this, so the
// idempotency key and the body are the same on every attempt.
struct ApiRequest {
    QByteArray method = "GET";
    QString path;      // from the API root, e.g. "/epayment/v1/payments/abc-123"
    QString operation; // the spec's operationId, for logs and error messages
    QUrlQuery query;
    std::optional<QByteArray> body; // JSON; absent means no body and no Content-Type
    QString idempotencyKey;         // sent as Idempotency-Key when not empty
    QString reference;              // the payment reference the rate budget counts against
    RateBucket bucket = RateBucket::None;
    bool authenticated = true; // false only for the token call, which sends the keys instead
};

struct ApiReply {
    int httpStatus = 0;
    QByteArray body;
};

} // namespace InvoiceDesk::Vipps
