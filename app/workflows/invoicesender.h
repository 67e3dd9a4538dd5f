// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/merchantprofile.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowerror.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <optional>

namespace InvoiceDesk::Workflows {

struct SendOptions {
    PaymentFlow flow = PaymentFlow::Push;
    bool learnPhone = false;            // ask the customer to share their number (link and QR)
    std::optional<QDateTime> expiresAt; // push and QR; the profile's default when not given
    QString description;                // the default text when empty
    QString actor;                      // who sends, for the audit log
};

// Sends a payment request for an invoice, as the seed's three flows describe: the Order Management
// category with the invoice link, then the ePayment create (push to a consented number, a one-time
// link, or a QR code, optionally asking for the phone number). The attempt and its journal entries
// are on disk before anything is sent; after a crash complete() carries the same attempt on with the
// same idempotency keys and bodies.
class InvoiceSender : public QObject {
    Q_OBJECT

public:
    InvoiceSender(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                  const MerchantProfile& profile, QObject* parent = nullptr);

    // Everything that can be checked locally, without sending: the attempt that would be stored.
    WorkflowResult<PaymentAttempt> prepare(qint64 invoiceId, const SendOptions& options) const;
    QFuture<WorkflowResult<PaymentAttempt>> send(qint64 invoiceId, const SendOptions& options);
    // The first half of send() for several invoices: checks each and stores the attempts and their
    // journal entries in one durable commit (one fsync for the lot). Each invoice gets its attempt,
    // reserved and not yet sent, or the reason it is not sent. Every reserved attempt then goes to
    // sendReserved() or withdraw(); one left unsent by a crash is sent by the journal recovery.
    QList<WorkflowResult<PaymentAttempt>> reserve(const QList<qint64>& invoiceIds,
                                                  const SendOptions& options);
    QFuture<WorkflowResult<PaymentAttempt>> sendReserved(const PaymentAttempt& attempt);
    // Settles a reserved attempt that will not be sent (a cancelled bulk send): nothing was sent, so
    // its journal entries and the attempt are marked failed with `reason`.
    WorkflowResult<PaymentAttempt> withdraw(const PaymentAttempt& attempt, const QString& reason);
    // Runs the unsettled journal steps of a stored attempt: the category, then the create.
    QFuture<WorkflowResult<PaymentAttempt>> complete(const PaymentAttempt& attempt,
                                                     const QString& actor = QStringLiteral("system"));

Q_SIGNALS:
    // The attempt as just stored: reserved, sent, or failed.
    void attemptChanged(const InvoiceDesk::PaymentAttempt& attempt);

private:
    struct Steps;
    WorkflowResult<std::shared_ptr<Steps>> stepsFor(const PaymentAttempt& attempt,
                                                    const QString& actor) const;
    WorkflowResult<PaymentAttempt> prepareFor(const Invoice& invoice, const SendOptions& options) const;
    // The pending entries of a new attempt: the category (where Order Management is offered), the create.
    QList<Storage::JournalEntry> plannedJournal(const Invoice& invoice, const PaymentAttempt& attempt) const;
    QFuture<WorkflowResult<PaymentAttempt>> run(std::shared_ptr<Steps> steps);
    // Each step writes what it learnt together with the next step's Sent mark: one commit per answer.
    void runCategory(std::shared_ptr<Steps> steps);
    void runCreate(std::shared_ptr<Steps> steps, Storage::ProgressRecord progress);
    void fail(std::shared_ptr<Steps> steps, const WorkflowError& error, bool attemptFailed,
              Storage::ProgressRecord progress = {});
    void audit(const PaymentAttempt& attempt, const QString& actor, const QString& action,
               const QString& result, const QString& traceId = {}, const QString& detail = {});
    static Storage::AuditEntry auditEntry(const PaymentAttempt& attempt, const QString& actor,
                                          const QString& action, const QString& result,
                                          const QString& traceId = {}, const QString& detail = {});
    QByteArray categoryBody(const Invoice& invoice, const PaymentAttempt& attempt) const;

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    Clock& m_clock;
    const MerchantProfile& m_profile;
    // Attempts reserved and not yet sent, by reference, with what reserve() already knows of them.
    QHash<QString, std::shared_ptr<Steps>> m_reserved;
};

} // namespace InvoiceDesk::Workflows
