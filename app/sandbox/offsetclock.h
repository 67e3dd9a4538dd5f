// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

namespace InvoiceDesk::Sandbox {

// System time plus an offset that only grows: what the standalone sandbox runs on, so a script can
// move time forward (POST /sandbox/clock/advance) to expire payments or age consents without waiting.
class OffsetClock final : public Clock {
public:
    QDateTime now() const override { return m_system.now().addMSecs(m_offset.count()); }
    void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> action) override
    {
        m_system.callAfter(delay, context, std::move(action));
    }
    void advance(std::chrono::milliseconds by) { m_offset += by; }
    std::chrono::milliseconds offset() const { return m_offset; }

private:
    SystemClock m_system;
    std::chrono::milliseconds m_offset{0};
};

} // namespace InvoiceDesk::Sandbox
