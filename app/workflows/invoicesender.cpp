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

namespace {

// A category refusal that the create would meet too: the keys or the profile are wrong.
bool stopsTheSend(const Vipps::Error& error)
{
    return error.kind() == Vipps::Error::Kind::Authentication ||
           error.kind() == Vipps::Error::Kind::Configuration;
}

} // namespace

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
    // The entries were planned from these very invoice and attempt values a moment ago, so their
    // bodies cannot differ: the checks against the stored hashes are for entries from an earlier run.
    bool planned = false;
    Completion<WorkflowResult<PaymentAttempt>> completion;

    void setJournal(const QList<JournalEntry>& journal)
    {
        for (const JournalEntry& entry : journal) {
            if (entry.kind == JournalKind::SetCategory)
                category = entry;
            else if (entry.kind == JournalKind::CreatePayment)
                create = entry;
        }
    }
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

QList<JournalEntry> InvoiceSender::plannedJournal(const Invoice& invoice, const PaymentAttempt& attempt) const
{
    QList<JournalEntry> entries;
    if (m_vipps.environment().offersOrderManagement()) {
        JournalEntry category;
        category.kind = JournalKind::SetCategory;
        category.idempotencyKey = idempotencyKey(QStringLiteral("category"), attempt.reference);
        category.bodyHash = JournalEntry::hashBody(categoryBody(invoice, attempt));
        entries.append(category);
    }
    JournalEntry create;
    create.kind = JournalKind::CreatePayment;
    create.idempotencyKey = idempotencyKey(QStringLiteral("create"), attempt.reference);
    create.bodyHash = JournalEntry::hashBody(
        PaymentRequestBuilder::body(PaymentRequestBuilder::build(invoice, attempt, m_profile)));
    create.amountMinor = attempt.amountMinor;
    create.currency = attempt.currency;
    entries.append(create);
    return entries;
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::send(qint64 invoiceId, const SendOptions& options)
{
    auto reserved = reserve({invoiceId}, options).constFirst();
    if (!reserved)
        return readyFuture<WorkflowResult<PaymentAttempt>>(reserved.error());
    return sendReserved(*reserved);
}

QList<WorkflowResult<PaymentAttempt>> InvoiceSender::reserve(const QList<qint64>& invoiceIds,
                                                             const SendOptions& options)
{
    QList<WorkflowResult<PaymentAttempt>> results;
    QHash<qint64, Invoice> invoices;
    QList<PaymentAttempt> drafts;
    for (const qint64 invoiceId : invoiceIds) {
        auto invoice = m_book.invoice(invoiceId);
        if (!invoice) {
            results.append(WorkflowError::fromStorage(invoice.error()));
            continue;
        }
        if (invoices.contains(invoiceId)) {
            results.append(
                WorkflowError::refused(tr("Invoice %1 is already being sent.").arg(invoice->number)));
            continue;
        }
        auto draft = prepareFor(*invoice, options);
        results.append(draft);
        if (!draft)
            continue;
        drafts.append(*draft);
        invoices.insert(invoiceId, *std::move(invoice));
    }
    if (drafts.isEmpty())
        return results;

    auto stored =
        m_book.createAttempts(drafts, m_profile.referencePrefix, [&](const PaymentAttempt& attempt) {
            return plannedJournal(invoices.value(attempt.invoiceId), attempt);
        });
    auto next = drafts.size() - 1; // the results to fill in, from the last one
    for (auto result = results.rbegin(); result != results.rend(); ++result) {
        if (!*result)
            continue;
        if (!stored) {
            *result = WorkflowError::fromStorage(stored.error());
            continue;
        }
        const auto& [attempt, journal] = stored->at(next--);
        auto steps = std::make_shared<Steps>();
        steps->attempt = attempt;
        steps->invoice = invoices.value(attempt.invoiceId);
        steps->actor = options.actor;
        steps->setJournal(journal);
        steps->planned = true;
        m_reserved.insert(attempt.reference, steps);
        *result = attempt;
    }
    if (!stored)
        return results;
    for (const auto& [attempt, journal] : *stored) {
        if (!m_vipps.environment().offersOrderManagement()) {
            audit(attempt, options.actor, QStringLiteral("category-skipped"), QStringLiteral("ok"), {},
                  tr("Order Management is not offered in Vipps' test environment, so the invoice link was "
                     "not attached."));
        }
        Q_EMIT attemptChanged(attempt);
    }
    return results;
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::sendReserved(const PaymentAttempt& attempt)
{
    if (auto steps = m_reserved.take(attempt.reference))
        return run(steps);
    return complete(attempt, QStringLiteral("system"));
}

WorkflowResult<PaymentAttempt> InvoiceSender::withdraw(const PaymentAttempt& attempt, const QString& reason)
{
    auto steps = m_reserved.take(attempt.reference);
    if (!steps) {
        auto read = stepsFor(attempt, QStringLiteral("system"));
        if (!read)
            return read.error();
        steps = *read;
    }
    fail(steps, WorkflowError::refused(reason), true);
    return steps->attempt;
}

WorkflowResult<std::shared_ptr<InvoiceSender::Steps>> InvoiceSender::stepsFor(const PaymentAttempt& attempt,
                                                                              const QString& actor) const
{
    auto invoice = m_book.invoice(attempt.invoiceId);
    auto journal = m_book.journalFor(attempt.reference);
    if (!invoice || !journal)
        return WorkflowError::fromStorage(!invoice ? invoice.error() : journal.error());
    auto steps = std::make_shared<Steps>();
    steps->attempt = attempt;
    steps->invoice = *std::move(invoice);
    steps->actor = actor;
    steps->setJournal(*journal);
    return steps;
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::complete(const PaymentAttempt& attempt,
                                                                const QString& actor)
{
    auto steps = stepsFor(attempt, actor);
    if (!steps)
        return readyFuture<WorkflowResult<PaymentAttempt>>(steps.error());
    return run(*steps);
}

QFuture<WorkflowResult<PaymentAttempt>> InvoiceSender::run(std::shared_ptr<Steps> steps)
{
    if (!steps->create) {
        return readyFuture<WorkflowResult<PaymentAttempt>>(
            WorkflowError::refused(tr("The payment request %1 has no journal entry, so it is not sent.")
                                       .arg(steps->attempt.reference)));
    }
    const auto future = steps->completion.future();
    runCategory(steps);
    return future;
}

void InvoiceSender::runCategory(std::shared_ptr<Steps> steps)
{
    auto& entry = steps->category;
    if (!entry || entry->state == JournalState::Confirmed) {
        runCreate(steps, {});
        return;
    }
    if (entry->state == JournalState::Failed) {
        runCreate(steps, {}); // refused before and noted in the history: the payment still goes
        return;
    }
    if (!steps->planned &&
        JournalEntry::hashBody(categoryBody(steps->invoice, steps->attempt)) != entry->bodyHash) {
        fail(steps,
             WorkflowError::refused(tr("The invoice link of %1 has changed since the request was prepared. "
                                       "It was not sent again; send a new request instead.")
                                        .arg(steps->attempt.reference)),
             true);
        return;
    }
    if (auto marked = m_book.markJournal(entry->id, JournalState::Sent, {}, {}); !marked) {
        steps->completion.finish(WorkflowError::fromStorage(marked.error()));
        return;
    }
    entry->state = JournalState::Sent;
    const QUrl link = PaymentRequestBuilder::invoiceLink(steps->invoice, steps->attempt, m_profile);
    m_vipps.orderManagement()
        .putCategory(steps->attempt.reference, m_profile.orderCategory, link)
        .then(this, [this, steps](Vipps::Result<Done> result) {
            Storage::ProgressRecord progress;
            if (const auto mark = settlingMark(steps->category->id, result)) {
                progress.marks.append(*mark);
                steps->category->state = mark->state;
            }
            if (!result) {
                const auto error = WorkflowError::fromVipps(result.error());
                progress.audit.append(auditEntry(steps->attempt, steps->actor, QStringLiteral("set-category"),
                                                 error.message(), error.traceId()));
                if (stopsTheSend(result.error())) {
                    fail(steps, error, !error.isOutcomeUnknown(), std::move(progress));
                    return;
                }
                // The invoice link only enriches the payment: Vipps' refusal of it, or a lost answer
                // (settled later like any other), is in the history, and the request still goes.
            } else {
                progress.audit.append(auditEntry(steps->attempt, steps->actor, QStringLiteral("set-category"),
                                                 QStringLiteral("ok")));
            }
            runCreate(steps, std::move(progress));
        });
}

void InvoiceSender::runCreate(std::shared_ptr<Steps> steps, Storage::ProgressRecord progress)
{
    auto& entry = *steps->create;
    if (entry.state == JournalState::Confirmed || entry.state == JournalState::Failed) {
        m_book.recordProgress(progress);
        steps->completion.finish(steps->attempt); // settled before: nothing to send
        return;
    }
    const auto request = PaymentRequestBuilder::build(steps->invoice, steps->attempt, m_profile);
    if (!steps->planned && JournalEntry::hashBody(PaymentRequestBuilder::body(request)) != entry.bodyHash) {
        fail(steps,
             WorkflowError::refused(tr("The request %1 would now differ from the one prepared (were the "
                                       "settings or the invoice changed?). It was not sent again.")
                                        .arg(steps->attempt.reference)),
             true, std::move(progress));
        return;
    }
    // The category's outcome and the create's Sent mark, just before the create leaves.
    progress.marks.append({entry.id, JournalState::Sent, {}, {}});
    if (auto recorded = m_book.recordProgress(progress); !recorded) {
        steps->completion.finish(WorkflowError::fromStorage(recorded.error()));
        return;
    }
    entry.state = JournalState::Sent;
    m_vipps.epayment()
        .create(request, entry.idempotencyKey)
        .then(this, [this, steps](Vipps::Result<Vipps::CreatePaymentResponse> result) {
            Storage::ProgressRecord answer;
            if (const auto mark = settlingMark(steps->create->id, result)) {
                answer.marks.append(*mark);
                steps->create->state = mark->state;
            }
            const QString action = QStringLiteral("send-") + paymentFlowKey(steps->attempt.flow);
            if (!result) {
                const auto error = WorkflowError::fromVipps(result.error());
                answer.audit.append(
                    auditEntry(steps->attempt, steps->actor, action, error.message(), error.traceId()));
                fail(steps, error, !error.isOutcomeUnknown(), std::move(answer));
                return;
            }
            PaymentAttempt attempt = steps->attempt;
            attempt.phase = AttemptPhase::Sent;
            attempt.vippsState = VippsState::Created;
            attempt.redirectUrl = QUrl(result->redirectUrl);
            attempt.lastCheckedAt = m_clock.now();
            // The create's mark, the attempt and the audit entry that says it was sent: one write.
            answer.attempt = attempt;
            answer.audit.append(auditEntry(attempt, steps->actor, action, QStringLiteral("ok")));
            if (auto saved = m_book.recordProgress(answer); !saved) {
                steps->completion.finish(WorkflowError::fromStorage(saved.error()));
                return;
            }
            steps->attempt = attempt;
            Q_EMIT attemptChanged(attempt);
            steps->completion.finish(attempt);
        });
}

void InvoiceSender::fail(std::shared_ptr<Steps> steps, const WorkflowError& error, bool attemptFailed,
                         Storage::ProgressRecord progress)
{
    if (!attemptFailed) {
        m_book.recordProgress(progress);
        steps->completion.finish(error);
        return;
    }
    // Nothing was created at Vipps: settle the remaining entries so nothing is replayed later.
    for (auto* entry : {&steps->category, &steps->create}) {
        if (*entry && (*entry)->state == JournalState::Pending) {
            progress.marks.append({(*entry)->id, JournalState::Failed, error.message(), error.traceId()});
            (*entry)->state = JournalState::Failed;
        }
    }
    steps->attempt.phase = AttemptPhase::Failed;
    steps->attempt.failureMessage = error.message();
    progress.attempt = steps->attempt;
    m_book.recordProgress(progress);
    Q_EMIT attemptChanged(steps->attempt);
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
