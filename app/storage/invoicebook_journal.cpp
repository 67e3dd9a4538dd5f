// SPDX-License-Identifier: GPL-3.0-or-later
// InvoiceBook: the journal of Vipps mutations and the audit log, both append-only.
#include "storage/invoicebook.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceBook", text);
}

QString journalSelect()
{
    return QStringLiteral(
        "SELECT id, kind, attempt_id, reference, idempotency_key, body_hash, amount_minor, "
        "currency, state, created_at, sent_at, settled_at, result_note, trace_id FROM journal ");
}

JournalEntry journalFromQuery(const QSqlQuery& query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    journalKindFromKey(query.value(1).toString(), &entry.kind);
    entry.attemptId = query.value(2).toLongLong();
    entry.reference = query.value(3).toString();
    entry.idempotencyKey = query.value(4).toString();
    entry.bodyHash = query.value(5).toString();
    entry.amountMinor = query.value(6).toLongLong();
    entry.currency = query.value(7).toString();
    journalStateFromKey(query.value(8).toString(), &entry.state);
    entry.createdAt = dateTimeFromStored(query.value(9));
    entry.sentAt = dateTimeFromStored(query.value(10));
    entry.settledAt = dateTimeFromStored(query.value(11));
    entry.resultNote = query.value(12).toString();
    entry.traceId = query.value(13).toString();
    return entry;
}

QString auditSelect()
{
    return QStringLiteral("SELECT id, at, actor, action, invoice_id, reference, result, trace_id, detail "
                          "FROM audit_log ");
}

AuditEntry auditFromQuery(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = dateTimeFromStored(query.value(1));
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.invoiceId = query.value(4).toLongLong();
    entry.reference = query.value(5).toString();
    entry.result = query.value(6).toString();
    entry.traceId = query.value(7).toString();
    entry.detail = query.value(8).toString();
    return entry;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

} // namespace

StorageResult<JournalEntry> InvoiceBook::insertJournal(const JournalEntry& entry)
{
    if (entry.reference.isEmpty() || entry.idempotencyKey.isEmpty())
        return StorageError{tr("A journal entry needs a reference and an idempotency key."), {}};
    JournalEntry stored = entry;
    stored.state = JournalState::Pending;
    stored.createdAt = dateTimeFromStored(now());
    stored.sentAt = {};
    stored.settledAt = {};
    auto queryStatement = m_statements->take(QStringLiteral(
        "INSERT INTO journal (kind, attempt_id, reference, idempotency_key, body_hash, amount_minor, "
        "currency, "
        "state, created_at, result_note, trace_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(journalKindKey(stored.kind));
    query.addBindValue(idOrNull(stored.attemptId));
    query.addBindValue(text(stored.reference));
    query.addBindValue(text(stored.idempotencyKey));
    query.addBindValue(text(stored.bodyHash));
    query.addBindValue(stored.amountMinor);
    query.addBindValue(text(stored.currency));
    query.addBindValue(storedDateTime(stored.createdAt));
    query.addBindValue(text(stored.resultNote));
    query.addBindValue(text(stored.traceId));
    if (!query.exec())
        return errorFrom(tr("The journal entry could not be written."), query);
    stored.id = query.lastInsertId().toLongLong();
    return stored;
}

StorageResult<JournalEntry> InvoiceBook::appendJournal(const JournalEntry& entry)
{
    // Synced: the caller sends the mutation as soon as this returns, and it must not leave before its
    // entry would survive a power cut.
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    auto inserted = insertJournal(entry);
    if (!inserted)
        return inserted;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return inserted;
}

StorageResult<JournalEntry> InvoiceBook::journalEntry(qint64 entryId) const
{
    auto queryStatement = m_statements->take(journalSelect() + QStringLiteral("WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(entryId);
    if (!query.exec())
        return errorFrom(tr("The journal could not be read."), query);
    if (!query.next())
        return StorageError{tr("The journal entry is not in the book."),
                            QStringLiteral("entry %1").arg(entryId)};
    return journalFromQuery(query);
}

StorageResult<Done> InvoiceBook::writeMark(const JournalMark& mark)
{
    // The states an entry may come from, bound twice so one statement serves every target state.
    const QString from = journalStateKey(JournalState::Pending);
    const QString orFrom = mark.state == JournalState::Sent ? from : journalStateKey(JournalState::Sent);
    const bool forward = mark.state != JournalState::Pending;
    const bool settles = mark.state == JournalState::Confirmed || mark.state == JournalState::Failed;
    const QString at = now();
    auto queryStatement = m_statements->take(QStringLiteral(
        "UPDATE journal SET state = ?, sent_at = coalesce(sent_at, ?), settled_at = ?, "
        "result_note = coalesce(nullif(?, ''), result_note), trace_id = coalesce(nullif(?, ''), trace_id) "
        "WHERE id = ? AND state IN (?, ?)"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(journalStateKey(mark.state));
    query.addBindValue(mark.state == JournalState::Sent ? QVariant(at)
                                                        : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(settles ? QVariant(at) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(text(mark.resultNote));
    query.addBindValue(text(mark.traceId));
    query.addBindValue(mark.entryId);
    query.addBindValue(forward ? from : QString());
    query.addBindValue(forward ? orFrom : QString());
    if (!query.exec())
        return errorFrom(tr("The journal entry could not be updated."), query);
    if (query.numRowsAffected() == 1)
        return Done{};
    query.finish();
    // Nothing moved: find out why, which costs a read only on this rare path.
    auto current = journalEntry(mark.entryId);
    if (!current)
        return current.error();
    if (current->state == mark.state)
        return Done{}; // a repeated mark after a retry: nothing to change
    return StorageError{tr("A journal entry cannot go back from %1 to %2.")
                            .arg(journalStateKey(current->state), journalStateKey(mark.state)),
                        QStringLiteral("entry %1").arg(mark.entryId)};
}

StorageResult<Done> InvoiceBook::markJournal(qint64 entryId, JournalState state, const QString& resultNote,
                                             const QString& traceId)
{
    return recordProgress({{{entryId, state, resultNote, traceId}}, std::nullopt, {}});
}

StorageResult<Done> InvoiceBook::recordProgress(const ProgressRecord& record)
{
    for (const AuditEntry& entry : record.audit) {
        if (entry.actor.isEmpty() || entry.action.isEmpty())
            return StorageError{tr("An audit entry needs who and what."), {}};
    }
    // Unsynced: a mark lost in a power cut leaves its entry unsettled, and recovery asks Vipps about
    // every unsettled entry (Pending and Sent alike) before anything is repeated; an attempt changes
    // after Vipps has answered, and Vipps stays the truth; an audit entry records what already
    // happened. See Durability.
    Transaction transaction(*this, Durability::Unsynced);
    if (!transaction.isActive())
        return transaction.error();
    for (const JournalMark& mark : record.marks) {
        if (auto written = writeMark(mark); !written)
            return written;
    }
    if (record.attempt) {
        if (auto written = writeAttempt(*record.attempt); !written)
            return written;
    }
    for (const AuditEntry& entry : record.audit) {
        if (auto inserted = insertAudit(entry); !inserted)
            return inserted;
    }
    return transaction.commit();
}

StorageResult<QList<JournalEntry>> InvoiceBook::unsettledJournal() const
{
    auto queryStatement = m_statements->take(
        journalSelect() + QStringLiteral("WHERE state IN ('pending', 'sent') ORDER BY id"));
    QSqlQuery& query = queryStatement.query();
    if (!query.exec())
        return errorFrom(tr("The journal could not be read."), query);
    QList<JournalEntry> result;
    while (query.next())
        result.append(journalFromQuery(query));
    return result;
}

StorageResult<QList<JournalEntry>> InvoiceBook::journalFor(const QString& reference) const
{
    auto queryStatement =
        m_statements->take(journalSelect() + QStringLiteral("WHERE reference = ? ORDER BY id"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(text(reference));
    if (!query.exec())
        return errorFrom(tr("The journal could not be read."), query);
    QList<JournalEntry> result;
    while (query.next())
        result.append(journalFromQuery(query));
    return result;
}

StorageResult<Done> InvoiceBook::insertAudit(const AuditEntry& entry)
{
    auto queryStatement = m_statements->take(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, invoice_id, reference, result, "
                       "trace_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(entry.at.isValid() ? storedDateTime(entry.at) : QVariant(now()));
    query.addBindValue(text(entry.actor));
    query.addBindValue(text(entry.action));
    query.addBindValue(idOrNull(entry.invoiceId));
    query.addBindValue(text(entry.reference));
    query.addBindValue(text(entry.result));
    query.addBindValue(text(entry.traceId));
    query.addBindValue(text(entry.detail));
    if (!query.exec())
        return errorFrom(tr("The audit log could not be written."), query);
    return Done{};
}

StorageResult<Done> InvoiceBook::appendAudit(const AuditEntry& entry)
{
    return recordProgress({{}, std::nullopt, {entry}});
}

StorageResult<QList<AuditEntry>> InvoiceBook::auditFor(qint64 invoiceId) const
{
    auto queryStatement =
        m_statements->take(auditSelect() + QStringLiteral("WHERE invoice_id = ? ORDER BY id"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(invoiceId);
    if (!query.exec())
        return errorFrom(tr("The audit log could not be read."), query);
    QList<AuditEntry> result;
    while (query.next())
        result.append(auditFromQuery(query));
    return result;
}

StorageResult<QList<AuditEntry>> InvoiceBook::auditLog(int limit) const
{
    auto queryStatement = m_statements->take(auditSelect() + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(limit);
    if (!query.exec())
        return errorFrom(tr("The audit log could not be read."), query);
    QList<AuditEntry> result;
    while (query.next())
        result.append(auditFromQuery(query));
    return result;
}

} // namespace InvoiceDesk::Storage
