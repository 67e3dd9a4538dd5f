// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/invoicesender.h"

#include "workflows/actionrules.h"
#include "workflows/attemptupdate.h"
#include "workflows/idempotencykey.h"
#include "workflows/journalledcall.h"
#include "workflows/paymentrequestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Workflows {

using Storage::JournalEntry;
using Storage::JournalKind;
using Storage::JournalState;

// The state one send carries from step to step.
struct InvoiceSender::Steps {
    PaymentAttempt attempt;
    Invoice invoice;
    std::optional<JournalEntry> category;
    std::optional<JournalEntry> create;
    QString actor;
    Completion<WorkflowResult<PaymentAttempt>> completion;
};

InvoiceSender::InvoiceSender(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                             const MerchantProfile& profile, QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_vipps(vipps)
    , m_clock(clock)
    , m_profile(profile)
{}

QByteArray InvoiceSender::categoryBody(const Invoice& invoice, const PaymentAttempt& attempt) const
{
    const QJsonObject body{
        {QStringLiteral("category"), m_profile.orderCategory},
        {QStringLiteral("orderDetailsUrl"),
         PaymentRequestBuilder::invoiceLink(invoice, attempt, m_profile).toString(QUrl::FullyEncoded)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::send(qint64 invoiceId, const SendOptions& options)
{
    auto draft = prepare(invoiceId, options);
    if (!draft)
        return readyFuture<WorkflowResult<PaymentAttempt>>(draft.error());
    auto invoice = m_book.invoice(invoiceId);
    if (!invoice)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(invoice.error()));

    const bool withCategory = m_vipps.environment().offersOrderManagement();
    const auto makeEntries = [&](const PaymentAttempt& stored) {
        QList<JournalEntry> entries;
        if (withCategory) {
            JournalEntry category;
            category.kind = JournalKind::SetCategory;
            category.idempotencyKey = idempotencyKey(QStringLiteral("category"), stored.reference);
            category.bodyHash = JournalEntry::hashBody(categoryBody(*invoice, stored));
            entries.append(category);
        }
        JournalEntry create;
        create.kind = JournalKind::CreatePayment;
        create.idempotencyKey = idempotencyKey(QStringLiteral("create"), stored.reference);
        create.bodyHash = JournalEntry::hashBody(
            PaymentRequestBuilder::body(PaymentRequestBuilder::build(*invoice, stored, m_profile)));
        create.amountMinor = stored.amountMinor;
        create.currency = stored.currency;
        entries.append(create);
        return entries;
    };
    auto stored = m_book.createAttempt(invoiceId, *draft, m_profile.referencePrefix, makeEntries);
    if (!stored)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(stored.error()));
    if (!withCategory) {
        audit(*stored, options.actor, QStringLiteral("category-skipped"), QStringLiteral("ok"), {},
              tr("Order Management is not offered in Vipps' test environment, so the invoice link was not "
                 "attached."));
    }
    Q_EMIT attemptChanged(invoiceId, stored->reference);
    return complete(*stored, options.actor);
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::complete(const PaymentAttempt& attempt,
                                                                const QString& actor)
{
    auto steps = std::make_shared<Steps>();
    steps->attempt = attempt;
    steps->actor = actor;
    auto invoice = m_book.invoice(attempt.invoiceId);
    auto journal = m_book.journalFor(attempt.reference);
    if (!invoice || !journal) {
        const auto& error = !invoice ? invoice.error() : journal.error();
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(error));
    }
    steps->invoice = *invoice;
    for (const JournalEntry& entry : *journal) {
        if (entry.kind == JournalKind::SetCategory)
            steps->category = entry;
        else if (entry.kind == JournalKind::CreatePayment)
            steps->create = entry;
    }
    if (!steps->create) {
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::refused(
            tr("The payment request %1 has no journal entry, so it is not sent.").arg(attempt.reference)));
    }
    const auto future = steps->completion.future();
    runCategory(steps);
    return future;
}

void InvoiceSender::runCategory(std::shared_ptr<Steps> steps)
{
    const auto& entry = steps->category;
    if (!entry || entry->state == JournalState::Confirmed) {
        runCreate(steps);
        return;
    }
    if (entry->state == JournalState::Failed) {
        fail(steps,
             WorkflowError::refused(tr("The invoice link could not be attached, so no request was sent.")),
             true);
        return;
    }
    const QByteArray body = categoryBody(steps->invoice, steps->attempt);
    if (JournalEntry::hashBody(body) != entry->bodyHash) {
        fail(steps,
             WorkflowError::refused(tr("The invoice link of %1 has changed since the request was prepared. "
                                       "It was not sent again; send a new request instead.")
                                        .arg(steps->attempt.reference)),
             true);
        return;
    }
    const QUrl link = PaymentRequestBuilder::invoiceLink(steps->invoice, steps->attempt, m_profile);
    runJournalled<Done>(this, m_book, *entry, [this, steps, link] {
        return m_vipps.orderManagement().putCategory(steps->attempt.reference, m_profile.orderCategory, link);
    }).then(this, [this, steps](WorkflowResult<Done> result) {
        if (!result) {
            audit(steps->attempt, steps->actor, QStringLiteral("set-category"), result.error().message(),
                  result.error().traceId());
            fail(steps, result.error(), !result.error().isOutcomeUnknown());
            return;
        }
        audit(steps->attempt, steps->actor, QStringLiteral("set-category"), QStringLiteral("ok"));
        runCreate(steps);
    });
}

void InvoiceSender::runCreate(std::shared_ptr<Steps> steps)
{
    const JournalEntry& entry = *steps->create;
    if (entry.state == JournalState::Confirmed || entry.state == JournalState::Failed) {
        steps->completion.finish(steps->attempt); // settled before: nothing to send
        return;
    }
    const auto request = PaymentRequestBuilder::build(steps->invoice, steps->attempt, m_profile);
    if (JournalEntry::hashBody(PaymentRequestBuilder::body(request)) != entry.bodyHash) {
        fail(steps,
             WorkflowError::refused(tr("The request %1 would now differ from the one prepared (were the "
                                       "settings or the invoice changed?). It was not sent again.")
                                        .arg(steps->attempt.reference)),
             true);
        return;
    }
    const QString key = entry.idempotencyKey;
    runJournalled<Vipps::CreatePaymentResponse>(this, m_book, entry, [this, request, key] {
        return m_vipps.epayment().create(request, key);
    }).then(this, [this, steps](WorkflowResult<Vipps::CreatePaymentResponse> result) {
        const QString action = QStringLiteral("send-") + paymentFlowKey(steps->attempt.flow);
        if (!result) {
            audit(steps->attempt, steps->actor, action, result.error().message(), result.error().traceId());
            fail(steps, result.error(), !result.error().isOutcomeUnknown());
            return;
        }
        PaymentAttempt& attempt = steps->attempt;
        attempt.phase = AttemptPhase::Sent;
        attempt.vippsState = VippsState::Created;
        attempt.redirectUrl = QUrl(result->redirectUrl);
        attempt.lastCheckedAt = m_clock.now();
        // The attempt and the audit entry that says it was sent: one write instead of two.
        if (auto saved = m_book.updateAttempt(
                attempt, auditEntry(attempt, steps->actor, action, QStringLiteral("ok")));
            !saved) {
            steps->completion.finish(WorkflowError::fromStorage(saved.error()));
            return;
        }
        Q_EMIT attemptChanged(attempt.invoiceId, attempt.reference);
        steps->completion.finish(attempt);
    });
}

void InvoiceSender::fail(std::shared_ptr<Steps> steps, const WorkflowError& error, bool attemptFailed)
{
    if (attemptFailed) {
        // Nothing was created at Vipps: settle the remaining entries so nothing is replayed later.
        for (const auto& entry : {steps->category, steps->create}) {
            if (entry && (entry->state == JournalState::Pending))
                m_book.markJournal(entry->id, JournalState::Failed, error.message(), error.traceId());
        }
        steps->attempt.phase = AttemptPhase::Failed;
        steps->attempt.failureMessage = error.message();
        m_book.updateAttempt(steps->attempt);
        Q_EMIT attemptChanged(steps->attempt.invoiceId, steps->attempt.reference);
    }
    steps->completion.finish(error);
}

void InvoiceSender::audit(const PaymentAttempt& attempt, const QString& actor, const QString& action,
                          const QString& result, const QString& traceId, const QString& detail)
{
    m_book.appendAudit(auditEntry(attempt, actor, action, result, traceId, detail));
}

Storage::AuditEntry InvoiceSender::auditEntry(const PaymentAttempt& attempt, const QString& actor,
                                              const QString& action, const QString& result,
                                              const QString& traceId, const QString& detail)
{
    Storage::AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.invoiceId = attempt.invoiceId;
    entry.reference = attempt.reference;
    entry.result = result;
    entry.traceId = traceId;
    entry.detail = detail;
    return entry;
}

} // namespace InvoiceDesk::Workflows
