// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/paymenttracker.h"

#include "common/futures.h"
#include "workflows/attemptupdate.h"
#include "workflows/checkschedule.h"

#include <QSet>

namespace InvoiceDesk::Workflows {

PaymentTracker::PaymentTracker(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_vipps(vipps)
    , m_clock(clock)
{}

void PaymentTracker::start()
{
    const auto open = m_book.openAttempts();
    if (!open)
        return;
    const QDateTime now = m_clock.now();
    for (const PaymentAttempt& attempt : *open) {
        if (isTrackable(attempt))
            schedule(attempt.reference, firstCheckAt(attempt, now));
    }
}

bool PaymentTracker::isTrackable(const PaymentAttempt& attempt)
{
    // Requests still being created are settled by the journal, not by the tracker.
    return attempt.phase == AttemptPhase::Sent && attempt.isOpen();
}

void PaymentTracker::watch(const PaymentAttempt& attempt)
{
    if (!isTrackable(attempt))
        return;
    schedule(attempt.reference, nextCheckAt(attempt, m_clock.now()));
}

void PaymentTracker::schedule(const QString& reference, const QDateTime& at)
{
    if (const auto previous = m_dueAt.constFind(reference); previous != m_dueAt.constEnd()) {
        auto [first, last] = m_queue.equal_range(*previous);
        for (auto it = first; it != last; ++it) {
            if (it->second == reference) {
                m_queue.erase(it);
                break;
            }
        }
    }
    m_dueAt.insert(reference, at);
    m_queue.emplace(at, reference);
    arm();
}

void PaymentTracker::arm()
{
    if (m_queue.empty())
        return;
    const QDateTime earliest = m_queue.begin()->first;
    if (m_armedFor.isValid() && m_armedFor <= earliest)
        return;
    m_armedFor = earliest;
    const quint64 generation = ++m_armGeneration;
    const auto delay = std::chrono::milliseconds(std::max<qint64>(0, m_clock.now().msecsTo(earliest)));
    m_clock.callAfter(delay, this, [this, generation] {
        if (generation != m_armGeneration)
            return;
        m_armedFor = {};
        pump();
    });
}

void PaymentTracker::pump()
{
    const QDateTime now = m_clock.now();
    while (!m_queue.empty() && m_queue.begin()->first <= now && m_inFlight.size() < m_maxConcurrent) {
        const QString reference = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        m_dueAt.remove(reference);
        if (m_inFlight.contains(reference))
            continue;
        checkNow(reference);
    }
    if (m_inFlight.size() < m_maxConcurrent)
        arm();
}

QFuture<WorkflowResult<PaymentAttempt>> PaymentTracker::checkNow(const QString& reference)
{
    const auto stored = m_book.attemptByReference(reference);
    if (!stored)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(stored.error()));
    if (!stored->has_value())
        return readyFuture<WorkflowResult<PaymentAttempt>>(
            WorkflowError::refused(tr("There is no payment request %1 in this book.").arg(reference)));
    const PaymentAttempt attempt = **stored;
    if (attempt.phase == AttemptPhase::Failed)
        return readyFuture<WorkflowResult<PaymentAttempt>>(
            WorkflowError::refused(tr("The request %1 was never created at Vipps.").arg(reference)));

    m_inFlight.insert(reference);
    ++m_checksSent;
    Completion<WorkflowResult<PaymentAttempt>> completion;
    m_vipps.epayment().get(reference).then(
        this, [this, attempt, completion](Vipps::Result<Vipps::PaymentDetails> reply) {
            WorkflowResult<PaymentAttempt> result = WorkflowError::refused({});
            if (!reply) {
                result = WorkflowError::fromVipps(reply.error());
            } else {
                PaymentAttempt updated = attempt;
                applyDetails(updated, *reply);
                const bool changed = updated != attempt;
                updated.lastCheckedAt = m_clock.now();
                // Most checks of a waiting request find nothing new: then only the time of the look
                // is written (staff see it), without rewriting the attempt and its invoice's status.
                const auto saved = changed ? m_book.updateAttempt(updated)
                                           : m_book.recordChecked(updated.reference, updated.lastCheckedAt);
                if (!saved) {
                    result = WorkflowError::fromStorage(saved.error());
                } else {
                    result = updated;
                    Q_EMIT attemptChanged(updated.invoiceId, updated.reference);
                    if (updated.vippsState != attempt.vippsState)
                        Q_EMIT stateChanged(updated, attempt.vippsState);
                }
            }
            finished(attempt.reference, result);
            completion.finish(result);
        });
    return completion.future();
}

void PaymentTracker::finished(const QString& reference, const WorkflowResult<PaymentAttempt>& result)
{
    m_inFlight.remove(reference);
    const QDateTime now = m_clock.now();
    if (result) {
        if (result->isOpen())
            schedule(reference, nextCheckAt(*result, now));
    } else if (const auto stored = m_book.attemptByReference(reference); stored && stored->has_value()) {
        // Vipps did not answer: keep following, on the same calm schedule.
        if ((*stored)->isOpen())
            schedule(reference, nextCheckAt(**stored, now));
    }
    pump();
}

QFuture<WorkflowResult<QList<Vipps::PaymentEvent>>> PaymentTracker::events(const QString& reference)
{
    Completion<WorkflowResult<QList<Vipps::PaymentEvent>>> completion;
    m_vipps.epayment().events(reference).then(
        this, [completion](Vipps::Result<QList<Vipps::PaymentEvent>> reply) {
            if (reply)
                completion.finish(*reply);
            else
                completion.finish(WorkflowError::fromVipps(reply.error()));
        });
    return completion.future();
}

} // namespace InvoiceDesk::Workflows
