// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// At start-up, before anything new is sent: every journal entry still pending or sent is settled by
// first asking Vipps (get payment) what happened, and only then, if needed, repeating the request with
// its original idempotency key, so a crash can never send a payment twice.
class JournalRecovery : public QObject {
    Q_OBJECT

public:
    JournalRecovery(Storage::InvoiceBook& book, VippsServices& vipps, InvoiceSender& sender,
                    PaymentActions& actions, QObject* parent = nullptr);

    QFuture<RecoveryReport> run();

private:
    struct Run;
    QList<Storage::JournalEntry> orphanedCreates(const QList<Storage::JournalEntry>& unsettled) const;
    void next(std::shared_ptr<Run> run);
    void settle(std::shared_ptr<Run> run, const Storage::JournalEntry& entry, const PaymentAttempt& attempt,
                const Vipps::Result<Vipps::PaymentDetails>& details);

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    InvoiceSender& m_sender;
    PaymentActions& m_actions;
};

} // namespace InvoiceDesk::Workflows
