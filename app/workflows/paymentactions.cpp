// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/paymentactions.h"

#include "workflows/actionrules.h"
#include "workflows/attemptupdate.h"
#include "workflows/idempotencykey.h"
#include "workflows/journalledcall.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Workflows {

using Storage::JournalEntry;
using Storage::JournalKind;

namespace {

using AttemptFuture = QFuture<WorkflowResult<PaymentAttempt>>;

QByteArray modificationBody(JournalKind kind, qint64 amountMinor, const QString& currency)
{
    if (kind == JournalKind::Cancel)
        return {};
    const QJsonObject amount{{QStringLiteral("value"), amountMinor}, {QStringLiteral("currency"), currency}};
    return QJsonDocument(QJsonObject{{QStringLiteral("modificationAmount"), amount}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

PaymentActions::PaymentActions(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_vipps(vipps)
    , m_clock(clock)
{}

AttemptFuture PaymentActions::capture(const QString& reference, qint64 amountMinor, const QString& actor)
{
    return start(JournalKind::Capture, reference, amountMinor, actor);
}

AttemptFuture PaymentActions::cancel(const QString& reference, const QString& actor)
{
    return start(JournalKind::Cancel, reference, 0, actor);
}

AttemptFuture PaymentActions::refund(const QString& reference, qint64 amountMinor, const QString& actor)
{
    return start(JournalKind::Refund, reference, amountMinor, actor);
}

QString PaymentActions::whyNot(JournalKind kind, const PaymentAttempt& attempt, qint64 amountMinor) const
{
    switch (kind) {
    case JournalKind::Capture:
        return ActionRules::whyNotCapture(attempt, amountMinor, m_clock.now());
    case JournalKind::Cancel:
        return ActionRules::whyNotCancel(attempt, m_clock.now());
    case JournalKind::Refund:
        return ActionRules::whyNotRefund(attempt, amountMinor, m_clock.now());
    case JournalKind::SetCategory:
    case JournalKind::CreatePayment:
        break;
    }
    return tr("This is not a change to an existing payment.");
}

AttemptFuture PaymentActions::start(JournalKind kind, const QString& reference, qint64 amountMinor,
                                    const QString& actor)
{
    const auto attempt = m_book.attemptByReference(reference);
    if (!attempt)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(attempt.error()));
    if (!attempt->has_value())
        return readyFuture<WorkflowResult<PaymentAttempt>>(
            WorkflowError::refused(tr("There is no payment request %1 in this book.").arg(reference)));
    if (const QString why = whyNot(kind, **attempt, amountMinor); !why.isEmpty())
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::refused(why));

    const auto journal = m_book.journalFor(reference);
    if (!journal)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(journal.error()));
    int sequence = 1;
    for (const JournalEntry& existing : *journal) {
        if (existing.kind == kind)
            ++sequence;
    }
    JournalEntry entry;
    entry.kind = kind;
    entry.attemptId = (*attempt)->id;
    entry.reference = reference;
    entry.idempotencyKey = idempotencyKey(journalKindKey(kind), reference, sequence);
    entry.amountMinor = kind == JournalKind::Cancel ? ActionRules::capturableMinor(**attempt) : amountMinor;
    entry.currency = (*attempt)->currency;
    entry.bodyHash = JournalEntry::hashBody(modificationBody(kind, amountMinor, entry.currency));
    const auto stored = m_book.appendJournal(entry);
    if (!stored)
        return readyFuture<WorkflowResult<PaymentAttempt>>(WorkflowError::fromStorage(stored.error()));
    return run(**attempt, *stored, actor);
}

AttemptFuture PaymentActions::replay(const JournalEntry& entry, const QString& actor)
{
    const auto attempt = m_book.attemptByReference(entry.reference);
    if (!attempt || !attempt->has_value())
        return readyFuture<WorkflowResult<PaymentAttempt>>(
            WorkflowError::refused(tr("There is no payment request %1 in this book.").arg(entry.reference)));
    return run(**attempt, entry, actor);
}

AttemptFuture PaymentActions::run(const PaymentAttempt& attempt, const JournalEntry& entry,
                                  const QString& actor)
{
    const Vipps::Amount amount{entry.amountMinor, entry.currency};
    const auto call = [this, entry, amount]() -> QFuture<Vipps::Result<Vipps::ModificationResult>> {
        auto& api = m_vipps.epayment();
        switch (entry.kind) {
        case JournalKind::Capture:
            return api.capture(entry.reference, amount, entry.idempotencyKey);
        case JournalKind::Refund:
            return api.refund(entry.reference, amount, entry.idempotencyKey);
        case JournalKind::Cancel:
        case JournalKind::SetCategory:
        case JournalKind::CreatePayment:
            break;
        }
        return api.cancel(entry.reference, entry.idempotencyKey);
    };
    Completion<WorkflowResult<PaymentAttempt>> completion;
    runJournalled<Vipps::ModificationResult>(this, m_book, entry, call)
        .then(this,
              [this, attempt, entry, actor, completion](WorkflowResult<Vipps::ModificationResult> result) {
                  Storage::AuditEntry audit;
                  audit.actor = actor;
                  audit.action = journalKindKey(entry.kind);
                  audit.invoiceId = attempt.invoiceId;
                  audit.reference = attempt.reference;
                  audit.detail = Money(entry.amountMinor, entry.currency).toPlainString();
                  if (!result) {
                      audit.result = result.error().message();
                      audit.traceId = result.error().traceId();
                      m_book.appendAudit(audit);
                      completion.finish(result.error());
                      return;
                  }
                  PaymentAttempt updated = attempt;
                  applyModification(updated, *result);
                  updated.lastCheckedAt = m_clock.now();
                  if (auto saved = m_book.updateAttempt(updated); !saved) {
                      completion.finish(WorkflowError::fromStorage(saved.error()));
                      return;
                  }
                  audit.result = QStringLiteral("ok");
                  m_book.appendAudit(audit);
                  Q_EMIT attemptChanged(updated.invoiceId, updated.reference);
                  completion.finish(updated);
              });
    return completion.future();
}

} // namespace InvoiceDesk::Workflows
