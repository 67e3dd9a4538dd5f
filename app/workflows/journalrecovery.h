// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/futures.h"
#include "storage/invoicebook.h"
#include "workflows/invoicesender.h"
#include "workflows/paymentactions.h"
#include "workflows/vippsservices.h"

#include <QObject>

namespace InvoiceDesk::Workflows {

struct RecoveryReport {
    int examined = 0;
    int foundAtVipps = 0; // a create that had arrived although no answer came back
    int repeated = 0;     // sent again with the original idempotency key
    int unresolved = 0;   // Vipps could not be asked; tried again at the next start
};

// Settles every journal entry still pending or sent by first asking Vipps what happened (get payment
// for a create, the event log for a change), and only then, if needed, repeating the request with its
// original idempotency key, so neither a crash nor a lost answer can move money twice. run() does it
// for all of them at start-up, before anything new is sent; keepSettling() goes on doing it while the
// program runs, for outcomes that became unknown since.
class JournalRecovery : public QObject {
    Q_OBJECT

public:
    JournalRecovery(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock, InvoiceSender& sender,
                    PaymentActions& actions, QObject* parent = nullptr);

    QFuture<RecoveryReport> run();
    // Looks for unsettled entries every pollInterval and settles each one that has waited inFlightGrace
    // since it was written or sent (until then its own call may still be retrying, here or on another
    // PC). An entry Vipps cannot be asked about is tried again later, each time after twice the wait.
    void keepSettling();

    static constexpr std::chrono::minutes pollInterval{1};
    static constexpr std::chrono::minutes inFlightGrace{2};
    static constexpr std::chrono::minutes maxBackoff{30};

Q_SIGNALS:
    // A payment's state as Vipps reported it while settling, when it differs from the stored one.
    void stateChanged(const InvoiceDesk::PaymentAttempt& attempt, InvoiceDesk::VippsState previous);

private:
    struct Run;
    struct Backoff {
        QDateTime nextTry;
        std::chrono::milliseconds wait{0};
    };
    QFuture<RecoveryReport> runOn(QList<Storage::JournalEntry> entries);
    QList<Storage::JournalEntry> dueEntries();
    void poll();
    void scheduleNextPoll();
    void backOff(const QList<Storage::JournalEntry>& tried);
    QList<Storage::JournalEntry> orphanedCreates(const QList<Storage::JournalEntry>& unsettled) const;
    void next(std::shared_ptr<Run> run);
    void settle(std::shared_ptr<Run> run, const Storage::JournalEntry& entry, const PaymentAttempt& attempt,
                const Vipps::Result<Vipps::PaymentDetails>& details);

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    Clock& m_clock;
    InvoiceSender& m_sender;
    PaymentActions& m_actions;
    QHash<qint64, Backoff> m_backoff; // by journal entry id
    bool m_polling = false;
};

} // namespace InvoiceDesk::Workflows
