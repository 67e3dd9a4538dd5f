// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace InvoiceDesk::Vipps {

// When and how long to wait before repeating a call. Only network errors, timeouts, 5xx, 423 and
// 429 are repeated, always with the same idempotency key; the count and total time are bounded.
struct RetryPolicy {
    int maxAttempts = 5; // the first try included
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{16000};
    std::chrono::milliseconds maxTotal{90000};

    // Exponential backoff with "equal jitter": half fixed, half random, so clients spread out.
    std::chrono::milliseconds backoff(int retryNumber) const;

    static bool isRetryableStatus(int httpStatus);
    // Retry-After as delta-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                                    const QDateTime& now);
};

} // namespace InvoiceDesk::Vipps
