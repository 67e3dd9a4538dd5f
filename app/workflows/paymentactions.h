// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowerror.h"

#include <QFuture>
#include <QObject>

namespace InvoiceDesk::Workflows {

// Capture, cancel and refund of a payment. Each is refused locally with a reason when Vipps would
// refuse it (ActionRules), journaled with its own idempotency key before it is sent, and maps Vipps'
// refusal to a message when Vipps refuses anyway.
class PaymentActions : public QObject {
    Q_OBJECT

public:
    PaymentActions(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock, QObject* parent = nullptr);

    QFuture<WorkflowResult<PaymentAttempt>> capture(const QString& reference, qint64 amountMinor,
                                                    const QString& actor);
    QFuture<WorkflowResult<PaymentAttempt>> cancel(const QString& reference, const QString& actor);
    QFuture<WorkflowResult<PaymentAttempt>> refund(const QString& reference, qint64 amountMinor,
                                                   const QString& actor);
    // Repeats a journaled modification whose answer never came, with its original key and amount.
    QFuture<WorkflowResult<PaymentAttempt>> replay(const Storage::JournalEntry& entry, const QString& actor);

Q_SIGNALS:
    void attemptChanged(qint64 invoiceId, const QString& reference);

private:
    QFuture<WorkflowResult<PaymentAttempt>> start(Storage::JournalKind kind, const QString& reference,
                                                  qint64 amountMinor, const QString& actor);
    QFuture<WorkflowResult<PaymentAttempt>> run(const PaymentAttempt& attempt,
                                                const Storage::JournalEntry& entry, const QString& actor);
    QString whyNot(Storage::JournalKind kind, const PaymentAttempt& attempt, qint64 amountMinor) const;

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    Clock& m_clock;
};

} // namespace InvoiceDesk::Workflows
