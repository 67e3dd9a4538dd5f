// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/merchantprofile.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowerror.h"

#include <QFuture>
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
    // Runs the unsettled journal steps of a stored attempt: the category, then the create.
    QFuture<WorkflowResult<PaymentAttempt>> complete(const PaymentAttempt& attempt,
                                                     const QString& actor = QStringLiteral("system"));

Q_SIGNALS:
    void attemptChanged(qint64 invoiceId, const QString& reference);

private:
    struct Steps;
    void runCategory(std::shared_ptr<Steps> steps);
    void runCreate(std::shared_ptr<Steps> steps);
    void fail(std::shared_ptr<Steps> steps, const WorkflowError& error, bool attemptFailed);
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
};

} // namespace InvoiceDesk::Workflows
