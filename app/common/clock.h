// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <chrono>
#include <functional>
#include <map>

namespace InvoiceDesk {

// The source of "now" and of every delay in the core. Production code uses SystemClock; tests use
// ManualClock and move time forward instead of sleeping, so expiry, backoff and schedules are exact.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Runs `action` on `context`'s thread once `delay` has passed, unless `context` is gone by then.
    virtual void callAfter(std::chrono::milliseconds delay, QObject* context,
                           std::function<void()> action) = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
    void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> action) override;
};

// Time stands still until advance() or setNow() moves it; due callbacks then run in order of due time.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc()));

    QDateTime now() const override { return m_now; }
    void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> action) override;

    void advance(std::chrono::milliseconds by);
    void setNow(const QDateTime& now);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending {
        QPointer<QObject> context;
        std::function<void()> action;
    };
    void runDue();

    QDateTime m_now;
    std::multimap<QDateTime, Pending> m_pending;
};

} // namespace InvoiceDesk
