// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"

#include <QTimer>
#include <QTimeZone>

namespace InvoiceDesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> action)
{
    QTimer::singleShot(delay, context, std::move(action));
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

void ManualClock::callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> action)
{
    m_pending.emplace(m_now.addMSecs(delay.count()), Pending{context, std::move(action)});
    if (delay.count() <= 0) {
        // Like a zero timer: run from the event loop, never re-entrantly from inside the caller.
        QTimer::singleShot(0, context, [this] { runDue(); });
    }
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    setNow(m_now.addMSecs(by.count()));
}

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now;
    runDue();
}

void ManualClock::runDue()
{
    while (!m_pending.empty() && m_pending.begin()->first <= m_now) {
        auto node = m_pending.extract(m_pending.begin());
        if (node.mapped().context)
            node.mapped().action();
    }
}

} // namespace InvoiceDesk
