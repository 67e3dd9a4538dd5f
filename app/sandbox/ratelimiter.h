// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace InvoiceDesk::Sandbox {

// Sliding one-minute windows per key (reference + MSN, or reference + subscription key), as the
// ePayment rate limits are counted
// (https://developer.vippsmobilepay.com/docs/APIs/epayment-api/operations/rate-limits).
class RateLimiter {
public:
    explicit RateLimiter(const Clock& clock)
        : m_clock(clock)
    {}

    void setLimits(int mutationsPerMinute, int readsPerMinute)
    {
        m_mutations = mutationsPerMinute;
        m_reads = readsPerMinute;
    }
    int mutationsPerMinute() const { return m_mutations; }
    int readsPerMinute() const { return m_reads; }

    // Counts the call; false when it is over the limit for its window.
    bool allowMutation(const QString& key) { return allow(QStringLiteral("m:") + key, m_mutations); }
    bool allowRead(const QString& key) { return allow(QStringLiteral("r:") + key, m_reads); }

private:
    bool allow(const QString& key, int limit)
    {
        const QDateTime now = m_clock.now();
        QList<QDateTime>& calls = m_calls[key];
        while (!calls.isEmpty() && calls.first().msecsTo(now) >= 60'000)
            calls.removeFirst();
        if (limit > 0 && calls.size() >= limit)
            return false;
        calls.append(now);
        return true;
    }

    const Clock& m_clock;
    int m_mutations = 5;
    int m_reads = 120;
    QHash<QString, QList<QDateTime>> m_calls;
};

} // namespace InvoiceDesk::Sandbox
