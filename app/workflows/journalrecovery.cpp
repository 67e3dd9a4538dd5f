// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/journalrecovery.h"

#include "workflows/attemptupdate.h"

#include <QSet>

namespace InvoiceDesk::Workflows {

using Storage::JournalEntry;
using Storage::JournalKind;
using Storage::JournalState;

struct JournalRecovery::Run {
    QList<JournalEntry> entries;
    QSet<QString> done; // references already settled in this run
    RecoveryReport report;
    Completion<RecoveryReport> completion;
};

JournalRecovery::JournalRecovery(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                                 InvoiceSender& sender, PaymentActions& actions, QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_vipps(vipps)
    , m_clock(clock)
    , m_sender(sender)
    , m_actions(actions)
{}

QFuture<RecoveryReport> JournalRecovery::run()
{
    QList<JournalEntry> entries;
    if (auto unsettled = m_book.unsettledJournal())
        entries = *unsettled;
    return runOn(entries);
}

QFuture<RecoveryReport> JournalRecovery::runOn(QList<JournalEntry> entries)
{
    auto state = std::make_shared<Run>();
    state->entries = std::move(entries);
    state->entries.append(orphanedCreates(state->entries));
    const auto future = state->completion.future();
    next(state);
    return future;
}

void JournalRecovery::keepSettling()
{
    if (m_polling)
        return;
    m_polling = true;
    scheduleNextPoll();
}

void JournalRecovery::scheduleNextPoll()
{
    m_clock.callAfter(pollInterval, this, [this] { poll(); });
}

QList<JournalEntry> JournalRecovery::dueEntries()
{
    const auto unsettled = m_book.unsettledJournal();
    if (!unsettled)
        return {};
    const QDateTime now = m_clock.now();
    QList<JournalEntry> due;
    QSet<qint64> stillUnsettled;
    for (const JournalEntry& entry : *unsettled) {
        stillUnsettled.insert(entry.id);
        const QDateTime lastWritten = entry.sentAt.isValid() ? entry.sentAt : entry.createdAt;
        if (lastWritten.msecsTo(now) < std::chrono::milliseconds(inFlightGrace).count())
            continue;
        const auto backoff = m_backoff.constFind(entry.id);
        if (backoff != m_backoff.cend() && now < backoff->nextTry)
            continue;
        due.append(entry);
    }
    m_backoff.removeIf([&](auto item) { return !stillUnsettled.contains(item.key()); });
    return due;
}

// One poll at a time: the next is armed only once this one's settling has finished.
void JournalRecovery::poll()
{
    const QList<JournalEntry> due = dueEntries();
    if (due.isEmpty()) {
        scheduleNextPoll();
        return;
    }
    runOn(due).then(this, [this, due](const RecoveryReport&) {
        backOff(due);
        scheduleNextPoll();
    });
}

// Every entry tried waits longer before its next try; the next poll forgets those that were settled.
void JournalRecovery::backOff(const QList<JournalEntry>& tried)
{
    const QDateTime now = m_clock.now();
    for (const JournalEntry& entry : tried) {
        Backoff& backoff = m_backoff[entry.id];
        backoff.wait = std::min<std::chrono::milliseconds>(
            maxBackoff,
            backoff.wait.count() == 0 ? std::chrono::milliseconds(pollInterval) : backoff.wait * 2);
        backoff.nextTry = now.addMSecs(backoff.wait.count());
    }
}

QList<JournalEntry> JournalRecovery::orphanedCreates(const QList<JournalEntry>& unsettled) const
{
    // The outcome of a create and the attempt it belongs to are two writes: a process stopped between
    // them leaves an attempt still "preparing" whose journal is settled. Such attempts are settled
    // like the others, by asking Vipps first; their settled create entry stands for them.
    QSet<QString> covered;
    for (const JournalEntry& entry : unsettled)
        covered.insert(entry.reference);
    QList<JournalEntry> orphans;
    const auto open = m_book.openAttempts();
    for (const PaymentAttempt& attempt : open ? *open : QList<PaymentAttempt>{}) {
        if (attempt.phase != AttemptPhase::Preparing || covered.contains(attempt.reference))
            continue;
        const auto journal = m_book.journalFor(attempt.reference);
        for (const JournalEntry& entry : journal ? *journal : QList<JournalEntry>{}) {
            if (entry.kind == JournalKind::CreatePayment)
                orphans.append(entry);
        }
    }
    return orphans;
}

void JournalRecovery::next(std::shared_ptr<Run> run)
{
    while (!run->entries.isEmpty()) {
        const JournalEntry entry = run->entries.takeFirst();
        // Creates settle per attempt (category and create together); modifications one by one.
        const bool perAttempt =
            entry.kind == JournalKind::SetCategory || entry.kind == JournalKind::CreatePayment;
        if (perAttempt && run->done.contains(entry.reference))
            continue;
        const auto attempt = m_book.attemptByReference(entry.reference);
        if (!attempt || !attempt->has_value()) {
            ++run->report.unresolved;
            continue;
        }
        ++run->report.examined;
        if (perAttempt)
            run->done.insert(entry.reference);
        const PaymentAttempt stored = **attempt;
        m_vipps.epayment()
            .get(entry.reference)
            .then(this, [=, this](Vipps::Result<Vipps::PaymentDetails> details) {
                settle(run, entry, stored, details);
            });
        return;
    }
    run->completion.finish(run->report);
}

void JournalRecovery::settle(std::shared_ptr<Run> run, const JournalEntry& entry,
                             const PaymentAttempt& attempt,
                             const Vipps::Result<Vipps::PaymentDetails>& details)
{
    const bool notFound = !details && details.error().kind() == Vipps::Error::Kind::NotFound;
    if (!details && !notFound) {
        ++run->report.unresolved; // Vipps could not be asked: leave the entry for the next start
        next(run);
        return;
    }
    PaymentAttempt current = attempt;
    if (details) {
        applyDetails(current, *details);
        if (auto saved = m_book.updateAttempt(current); !saved) {
            ++run->report.unresolved; // the book refused the write: leave the entry for the next try
            next(run);
            return;
        }
        if (current.vippsState != attempt.vippsState)
            Q_EMIT stateChanged(current, attempt.vippsState);
    }
    const auto continueWith = [this, run](auto future) {
        future.then(this, [this, run](auto) { next(run); });
    };

    if (entry.kind == JournalKind::SetCategory || entry.kind == JournalKind::CreatePayment) {
        if (!details && entry.kind == JournalKind::CreatePayment && entry.state == JournalState::Failed) {
            // Refused before, and Vipps has no such payment: the attempt failed, nothing to repeat.
            current.phase = AttemptPhase::Failed;
            current.failureMessage = tr("Vipps MobilePay refused the request: %1").arg(entry.resultNote);
            if (!m_book.updateAttempt(current))
                ++run->report.unresolved;
            next(run);
            return;
        }
        if (details) {
            // The create arrived. Record that; a pending category step is still completed.
            const auto journal = m_book.journalFor(entry.reference);
            for (const JournalEntry& step : journal ? *journal : QList<JournalEntry>{}) {
                if (step.kind != JournalKind::CreatePayment || step.state == JournalState::Confirmed)
                    continue;
                if (!m_book.markJournal(step.id, JournalState::Confirmed, QStringLiteral("found at Vipps"),
                                        {})) {
                    ++run->report.unresolved;
                    next(run);
                    return;
                }
            }
            ++run->report.foundAtVipps;
        } else {
            ++run->report.repeated;
        }
        continueWith(m_sender.complete(current));
        return;
    }
    if (notFound) {
        // A change to a payment Vipps does not know cannot have happened.
        if (!m_book.markJournal(entry.id, JournalState::Failed, tr("Vipps does not know this payment."), {}))
            ++run->report.unresolved;
        next(run);
        return;
    }
    ++run->report.repeated;
    continueWith(m_actions.replay(entry, QStringLiteral("system")));
}

} // namespace InvoiceDesk::Workflows
