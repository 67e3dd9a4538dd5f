// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/ratebudget.h"

#include <algorithm>

namespace InvoiceDesk::Vipps {

RateBudget::RateBudget(Limit mutations, Limit reads)
    : m_mutations(mutations)
    , m_reads(reads)
{}

std::chrono::milliseconds RateBudget::reserve(const QString& reference, RateBucket bucket,
                                              const QDateTime& now)
{
    if (bucket == RateBucket::None || reference.isEmpty())
        return std::chrono::milliseconds(0);
    const bool mutation = bucket == RateBucket::Mutation;
    const Limit limit = mutation ? m_mutations : m_reads;
    std::vector<QDateTime>& booked = m_booked[mutation ? 0 : 1][reference];

    // Slots older than one window no longer count.
    const QDateTime horizon = now.addMSecs(-limit.window.count());
    booked.erase(
        std::remove_if(booked.begin(), booked.end(), [&](const QDateTime& t) { return t <= horizon; }),
        booked.end());

    QDateTime slot = now;
    for (;;) {
        const QDateTime windowStart = slot.addMSecs(-limit.window.count());
        std::vector<QDateTime> inWindow;
        for (const QDateTime& t : booked) {
            if (t > windowStart)
                inWindow.push_back(t);
        }
        if (int(inWindow.size()) < limit.count)
            break;
        // Wait until the earliest slot in the window has left it.
        slot = std::max(slot,
                        std::min_element(inWindow.begin(), inWindow.end())->addMSecs(limit.window.count()));
    }
    booked.insert(std::upper_bound(booked.begin(), booked.end(), slot), slot);
    return std::chrono::milliseconds(now.msecsTo(slot));
}

} // namespace InvoiceDesk::Vipps
