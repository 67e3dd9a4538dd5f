// SPDX-License-Identifier: GPL-3.0-or-later
// InvoiceBook: payment attempts and the references reserved for them.
#include "invoices/invoicestatus.h"
#include "invoices/reference.h"
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

} // namespace

QString attemptSelect()
{
    return QStringLiteral(
        "SELECT id, invoice_id, sequence, reference, flow, learn_phone, phone_msisdn, amount_minor, "
        "currency, "
        "description, created_at, expires_at, phase, failure_message, vipps_state, authorized_minor, "
        "captured_minor, refunded_minor, cancelled_minor, redirect_url, last_checked_at FROM "
        "payment_attempts ");
}

PaymentAttempt attemptFromQuery(const QSqlQuery& query)
{
    PaymentAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.invoiceId = query.value(1).toLongLong();
    attempt.sequence = query.value(2).toInt();
    attempt.reference = query.value(3).toString();
    paymentFlowFromKey(query.value(4).toString(), &attempt.flow);
    attempt.learnPhone = query.value(5).toBool();
    attempt.phoneMsisdn = query.value(6).toString();
    attempt.amountMinor = query.value(7).toLongLong();
    attempt.currency = query.value(8).toString();
    attempt.description = query.value(9).toString();
    attempt.createdAt = dateTimeFromStored(query.value(10));
    attempt.expiresAt = dateTimeFromStored(query.value(11));
    attemptPhaseFromKey(query.value(12).toString(), &attempt.phase);
    attempt.failureMessage = query.value(13).toString();
    attempt.vippsState = vippsStateFromKey(query.value(14).toString());
    attempt.authorizedMinor = query.value(15).toLongLong();
    attempt.capturedMinor = query.value(16).toLongLong();
    attempt.refundedMinor = query.value(17).toLongLong();
    attempt.cancelledMinor = query.value(18).toLongLong();
    attempt.redirectUrl = QUrl(query.value(19).toString());
    attempt.lastCheckedAt = dateTimeFromStored(query.value(20));
    return attempt;
}

StorageResult<PaymentAttempt> InvoiceBook::insertAttempt(qint64 invoiceId, const PaymentAttempt& draft,
                                                         const QString& referencePrefix)
{
    auto invoiceQueryStatement =
        m_statements->take(QStringLiteral("SELECT number FROM invoices WHERE id = ?"));
    QSqlQuery& invoiceQuery = invoiceQueryStatement.query();
    invoiceQuery.addBindValue(invoiceId);
    if (!invoiceQuery.exec())
        return errorFrom(tr("The payment request could not be stored."), invoiceQuery);
    if (!invoiceQuery.next())
        return StorageError{tr("The invoice is not in the book."),
                            QStringLiteral("invoice id %1").arg(invoiceId)};
    const QString number = invoiceQuery.value(0).toString();
    invoiceQuery.finish();

    // The next sequence counts reserved references, not attempt rows: a reference once handed out
    // stays taken even if its attempt were somehow lost.
    auto lastStatement = m_statements->take(
        QStringLiteral("SELECT coalesce(max(sequence), 0) FROM reserved_references WHERE invoice_id = ?"));
    QSqlQuery& last = lastStatement.query();
    last.addBindValue(invoiceId);
    if (!last.exec() || !last.next())
        return errorFrom(tr("The payment request could not be stored."), last);
    int sequence = last.value(0).toInt() + 1;
    last.finish();

    // Two invoice numbers can sanitise to one ("A/1" and "A-1"); skip sequences whose reference another
    // invoice already holds.
    auto takenStatement =
        m_statements->take(QStringLiteral("SELECT 1 FROM reserved_references WHERE reference = ?"));
    QSqlQuery& taken = takenStatement.query();
    QString reference;
    for (int tries = 0; tries < 1000; ++tries, ++sequence) {
        reference = Reference::make(referencePrefix, number, sequence).toString();
        taken.addBindValue(text(reference));
        if (!taken.exec())
            return errorFrom(tr("The payment request could not be stored."), taken);
        const bool isTaken = taken.next();
        taken.finish();
        if (!isTaken)
            break;
        reference.clear();
    }
    if (reference.isEmpty())
        return StorageError{tr("No free payment reference is left for this invoice."), number};

    auto reserveStatement =
        m_statements->take(QStringLiteral("INSERT INTO reserved_references (reference, invoice_id, sequence, "
                                          "reserved_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery& reserve = reserveStatement.query();
    reserve.addBindValue(text(reference));
    reserve.addBindValue(invoiceId);
    reserve.addBindValue(sequence);
    reserve.addBindValue(now());
    if (!reserve.exec())
        return errorFrom(tr("The payment reference could not be reserved."), reserve);

    PaymentAttempt attempt = draft;
    attempt.invoiceId = invoiceId;
    attempt.sequence = sequence;
    attempt.reference = reference;
    if (!attempt.createdAt.isValid())
        attempt.createdAt = m_clock.now().toUTC();
    auto insertStatement = m_statements->take(QStringLiteral(
        "INSERT INTO payment_attempts (invoice_id, sequence, reference, flow, learn_phone, phone_msisdn, "
        "amount_minor, currency, description, created_at, expires_at, phase, failure_message, vipps_state, "
        "authorized_minor, captured_minor, refunded_minor, cancelled_minor, redirect_url, last_checked_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& insert = insertStatement.query();
    insert.addBindValue(attempt.invoiceId);
    insert.addBindValue(attempt.sequence);
    insert.addBindValue(text(attempt.reference));
    insert.addBindValue(paymentFlowKey(attempt.flow));
    insert.addBindValue(attempt.learnPhone);
    insert.addBindValue(text(attempt.phoneMsisdn));
    insert.addBindValue(attempt.amountMinor);
    insert.addBindValue(text(attempt.currency));
    insert.addBindValue(text(attempt.description));
    insert.addBindValue(storedDateTime(attempt.createdAt));
    insert.addBindValue(storedDateTime(attempt.expiresAt));
    insert.addBindValue(attemptPhaseKey(attempt.phase));
    insert.addBindValue(text(attempt.failureMessage));
    insert.addBindValue(text(vippsStateKey(attempt.vippsState)));
    insert.addBindValue(attempt.authorizedMinor);
    insert.addBindValue(attempt.capturedMinor);
    insert.addBindValue(attempt.refundedMinor);
    insert.addBindValue(attempt.cancelledMinor);
    insert.addBindValue(text(attempt.redirectUrl.toString()));
    insert.addBindValue(storedDateTime(attempt.lastCheckedAt));
    if (!insert.exec())
        return errorFrom(tr("The payment request could not be stored."), insert);
    attempt.id = insert.lastInsertId().toLongLong();
    // Read back what SQLite holds, so that callers compare equal with later reads (time precision).
    attempt.createdAt = dateTimeFromStored(storedDateTime(attempt.createdAt));
    attempt.expiresAt = dateTimeFromStored(storedDateTime(attempt.expiresAt));
    attempt.lastCheckedAt = dateTimeFromStored(storedDateTime(attempt.lastCheckedAt));
    return attempt;
}

StorageResult<PaymentAttempt> InvoiceBook::createAttempt(qint64 invoiceId, const PaymentAttempt& draft,
                                                         const QString& referencePrefix,
                                                         const QList<JournalEntry>& pendingEntries)
{
    return createAttempt(invoiceId, draft, referencePrefix,
                         [&pendingEntries](const PaymentAttempt&) { return pendingEntries; });
}

StorageResult<PaymentAttempt>
InvoiceBook::createAttempt(qint64 invoiceId, const PaymentAttempt& draft, const QString& referencePrefix,
                           const std::function<QList<JournalEntry>(const PaymentAttempt&)>& makeEntries)
{
    PaymentAttempt one = draft;
    one.invoiceId = invoiceId;
    auto created = createAttempts({one}, referencePrefix, makeEntries);
    if (!created)
        return created.error();
    return created->constFirst().attempt;
}

StorageResult<QList<InvoiceBook::ReservedAttempt>>
InvoiceBook::createAttempts(const QList<PaymentAttempt>& drafts, const QString& referencePrefix,
                            const std::function<QList<JournalEntry>(const PaymentAttempt&)>& makeEntries)
{
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    QList<ReservedAttempt> created;
    created.reserve(drafts.size());
    for (const PaymentAttempt& draft : drafts) {
        auto attempt = insertAttempt(draft.invoiceId, draft, referencePrefix);
        if (!attempt)
            return attempt.error();
        ReservedAttempt reserved{*attempt, {}};
        const QList<JournalEntry> entries = makeEntries ? makeEntries(*attempt) : QList<JournalEntry>();
        for (JournalEntry entry : entries) {
            entry.reference = attempt->reference;
            entry.attemptId = attempt->id;
            auto inserted = insertJournal(entry);
            if (!inserted)
                return inserted.error();
            reserved.journal.append(*std::move(inserted));
        }
        if (auto refreshed = refreshInvoiceStatus(*attempt); !refreshed)
            return refreshed.error();
        created.append(std::move(reserved));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

StorageResult<QList<PaymentAttempt>> InvoiceBook::attempts(qint64 invoiceId) const
{
    auto queryStatement =
        m_statements->take(attemptSelect() + QStringLiteral("WHERE invoice_id = ? ORDER BY sequence"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(invoiceId);
    if (!query.exec())
        return errorFrom(tr("The payment requests could not be read."), query);
    QList<PaymentAttempt> result;
    while (query.next())
        result.append(attemptFromQuery(query));
    return result;
}

StorageResult<std::optional<PaymentAttempt>> InvoiceBook::attemptByReference(const QString& reference) const
{
    auto queryStatement = m_statements->take(attemptSelect() + QStringLiteral("WHERE reference = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(text(reference));
    if (!query.exec())
        return errorFrom(tr("The payment request could not be read."), query);
    if (!query.next())
        return std::optional<PaymentAttempt>();
    return std::optional<PaymentAttempt>(attemptFromQuery(query));
}

StorageResult<QList<PaymentAttempt>> InvoiceBook::openAttempts() const
{
    auto queryStatement = m_statements->take(
        attemptSelect() +
        QStringLiteral("WHERE phase <> 'failed' AND vipps_state IN ('', 'CREATED') ORDER BY id"));
    QSqlQuery& query = queryStatement.query();
    if (!query.exec())
        return errorFrom(tr("The payment requests could not be read."), query);
    QList<PaymentAttempt> result;
    while (query.next())
        result.append(attemptFromQuery(query));
    return result;
}

StorageResult<Done> InvoiceBook::updateAttempt(const PaymentAttempt& attempt)
{
    return updateAttempt(attempt, std::nullopt);
}

StorageResult<Done> InvoiceBook::updateAttempt(const PaymentAttempt& attempt,
                                               const std::optional<AuditEntry>& audit)
{
    ProgressRecord record{{}, attempt, {}};
    if (audit)
        record.audit.append(*audit);
    return recordProgress(record);
}

StorageResult<Done> InvoiceBook::recordChecked(const QString& reference, const QDateTime& at)
{
    // Unsynced, and without the invoice status refresh: the time of the last look changes no status,
    // and losing it in a power cut only shows an older time until the next check.
    Transaction transaction(*this, Durability::Unsynced);
    if (!transaction.isActive())
        return transaction.error();
    auto queryStatement = m_statements->take(
        QStringLiteral("UPDATE payment_attempts SET last_checked_at = ? WHERE reference = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(storedDateTime(at));
    query.addBindValue(text(reference));
    if (!query.exec())
        return errorFrom(tr("The payment request could not be updated."), query);
    if (query.numRowsAffected() != 1)
        return StorageError{tr("The payment request is not in the book."), reference};
    return transaction.commit();
}

StorageResult<Done> InvoiceBook::writeAttempt(const PaymentAttempt& attempt)
{
    auto queryStatement = m_statements->take(QStringLiteral(
        "UPDATE payment_attempts SET flow = ?, learn_phone = ?, phone_msisdn = ?, amount_minor = ?, currency "
        "= ?, "
        "description = ?, expires_at = ?, phase = ?, failure_message = ?, vipps_state = ?, authorized_minor "
        "= ?, "
        "captured_minor = ?, refunded_minor = ?, cancelled_minor = ?, redirect_url = ?, last_checked_at = ? "
        "WHERE id = ? AND reference = ? AND invoice_id = ? AND sequence = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(paymentFlowKey(attempt.flow));
    query.addBindValue(attempt.learnPhone);
    query.addBindValue(text(attempt.phoneMsisdn));
    query.addBindValue(attempt.amountMinor);
    query.addBindValue(text(attempt.currency));
    query.addBindValue(text(attempt.description));
    query.addBindValue(storedDateTime(attempt.expiresAt));
    query.addBindValue(attemptPhaseKey(attempt.phase));
    query.addBindValue(text(attempt.failureMessage));
    query.addBindValue(text(vippsStateKey(attempt.vippsState)));
    query.addBindValue(attempt.authorizedMinor);
    query.addBindValue(attempt.capturedMinor);
    query.addBindValue(attempt.refundedMinor);
    query.addBindValue(attempt.cancelledMinor);
    query.addBindValue(text(attempt.redirectUrl.toString()));
    query.addBindValue(storedDateTime(attempt.lastCheckedAt));
    query.addBindValue(attempt.id);
    query.addBindValue(text(attempt.reference));
    query.addBindValue(attempt.invoiceId);
    query.addBindValue(attempt.sequence);
    if (!query.exec())
        return errorFrom(tr("The payment request could not be updated."), query);
    if (query.numRowsAffected() != 1)
        return StorageError{tr("The payment request is not in the book."), attempt.reference};
    query.finish();
    return refreshInvoiceStatus(attempt);
}

StorageResult<Done> InvoiceBook::refreshInvoiceStatus(const PaymentAttempt& changed)
{
    // The changed attempt as the caller has it, and the invoice's other attempts (usually none) as
    // stored.
    auto othersStatement = m_statements->take(
        attemptSelect() + QStringLiteral("WHERE invoice_id = ? AND id <> ? ORDER BY sequence"));
    QSqlQuery& others = othersStatement.query();
    others.addBindValue(changed.invoiceId);
    others.addBindValue(changed.id);
    if (!others.exec())
        return errorFrom(tr("The payment requests could not be read."), others);
    QList<PaymentAttempt> all{changed};
    while (others.next())
        all.append(attemptFromQuery(others));
    others.finish();
    // Written only when it changes, so that most updates leave the invoice's page alone.
    auto queryStatement =
        m_statements->take(QStringLiteral("UPDATE invoices SET status = ? WHERE id = ? AND status <> ?"));
    QSqlQuery& query = queryStatement.query();
    const QString status = invoiceStatusKey(deriveInvoiceStatus(all));
    query.addBindValue(status);
    query.addBindValue(changed.invoiceId);
    query.addBindValue(status);
    if (!query.exec())
        return errorFrom(tr("The invoice status could not be updated."), query);
    return Done{};
}

StorageResult<bool> InvoiceBook::isReferenceReserved(const QString& reference) const
{
    auto queryStatement =
        m_statements->take(QStringLiteral("SELECT 1 FROM reserved_references WHERE reference = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(text(reference));
    if (!query.exec())
        return errorFrom(tr("The payment reference could not be checked."), query);
    return query.next();
}

} // namespace InvoiceDesk::Storage
