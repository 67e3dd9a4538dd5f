// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apirequest.h"

#include <QDateTime>
#include <QHash>

#include <chrono>
#include <vector>

namespace InvoiceDesk::Vipps {

// Keeps the client inside Vipps' per-reference limits (5 mutations and 120 reads per minute) by
// telling each call how long to wait, instead of sending it and meeting a 429.
class RateBudget {
public:
    struct Limit {
        int count;
        std::chrono::milliseconds window;
    };

    RateBudget(Limit mutations = {5, std::chrono::minutes(1)}, Limit reads = {120, std::chrono::minutes(1)});

    // Books a slot for one request and returns how long to wait for it (zero: send now).
    std::chrono::milliseconds reserve(const QString& reference, RateBucket bucket, const QDateTime& now);

private:
    Limit m_mutations;
    Limit m_reads;
    QHash<QString, std::vector<QDateTime>> m_booked[2];
};

} // namespace InvoiceDesk::Vipps
