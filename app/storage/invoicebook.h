// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "invoices/customer.h"
#include "invoices/invoice.h"
#include "invoices/paymentattempt.h"
#include "storage/auditentry.h"
#include "storage/bookpaths.h"
#include "storage/csvimportpreview.h"
#include "storage/invoicerow.h"
#include "storage/journalentry.h"
#include "storage/progressrecord.h"
#include "storage/storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace InvoiceDesk::Storage {

class StatementCache;

// The invoice book of one merchant profile: invoices, customers, payment attempts, the journal of
// Vipps mutations and the audit log, in one SQLite file (WAL, foreign keys on, versioned schema).
//
// Durability: every write that lets a Vipps mutation leave (createAttempt(s), appendJournal), and what
// staff enter by hand, is fsynced before the call returns. What only records progress (journal marks,
// audit entries, attempt updates) is safe against a crash of the process but may lose its newest
// commits in a power cut; recovery asks Vipps about every unsettled entry, so nothing lost there can
// cause a second mutation.
//
// Synchronous: SQLite is local and every call is short. An InvoiceBook and everything it returns
// belongs to the thread that opened it (Qt SQL connections are not shared between threads). Every
// change that touches more than one row runs in one transaction; a crash leaves either all of it or
// none of it.
class InvoiceBook {
public:
    ~InvoiceBook();
    InvoiceBook(const InvoiceBook&) = delete;
    InvoiceBook& operator=(const InvoiceBook&) = delete;

    // Opens (creating if needed) the book in `file` and brings its schema up to date. Fails on a file
    // that is not a book, or one written by a newer InvoiceDesk.
    static StorageResult<std::unique_ptr<InvoiceBook>> open(const QString& file, Clock& clock);
    // The book of one merchant profile, filed under its book name (MerchantProfile::bookName()): one
    // file per profile under the data directory.
    static StorageResult<std::unique_ptr<InvoiceBook>> openProfile(const BookPaths& paths,
                                                                   const QString& bookName, Clock& clock);

    QString fileName() const { return m_fileName; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Invoices. saveInvoice inserts (id 0) or updates, lines included, in one transaction; the
    // number must be unique in the book and the customer must exist.
    StorageResult<Invoice> saveInvoice(const Invoice& invoice);
    StorageResult<std::optional<Invoice>> invoiceByNumber(const QString& number) const;
    StorageResult<Invoice> invoice(qint64 id) const;
    StorageResult<QString> invoiceNumber(qint64 id) const; // one column, for messages and lists
    // One row per invoice for the list, ordered by id: one query, fast for 100,000 invoices.
    StorageResult<QList<InvoiceRow>> invoiceRows() const;
    StorageResult<InvoiceRow> invoiceRow(qint64 invoiceId) const;

    // Customers. saveCustomer never changes the push consent: only recordPushConsent and
    // withdrawPushConsent do, and both write an audit entry.
    StorageResult<Customer> saveCustomer(const Customer& customer);
    StorageResult<Customer> customer(qint64 id) const;
    StorageResult<QList<Customer>> customers() const;
    StorageResult<Done> recordPushConsent(qint64 customerId, const PhoneNumber& phone,
                                          const PushConsent& consent);
    StorageResult<Done> withdrawPushConsent(qint64 customerId, const QString& actor);

    // Payment attempts. createAttempt reserves the next reference for the invoice
    // ("<prefix>-<number>-<sequence>", see Reference), stores the attempt (phase Preparing) and the
    // pending journal entries, all in one transaction. A reference once reserved is never handed out
    // again, even if its attempt row were lost. The entries' reference and attemptId are filled in.
    StorageResult<PaymentAttempt> createAttempt(qint64 invoiceId, const PaymentAttempt& draft,
                                                const QString& referencePrefix,
                                                const QList<JournalEntry>& pendingEntries);
    // The same, for entries whose body contains the reference: `makeEntries` is called inside the
    // transaction with the attempt as stored (reference and id set) and returns the pending entries.
    StorageResult<PaymentAttempt>
    createAttempt(qint64 invoiceId, const PaymentAttempt& draft, const QString& referencePrefix,
                  const std::function<QList<JournalEntry>(const PaymentAttempt&)>& makeEntries);
    // Attempts for several invoices (each draft's invoiceId) in one transaction and one fsync: all of
    // them are stored, in order, or none, each with its journal entries as stored (ids set). For a
    // bulk send, which would otherwise wait for the disk once per invoice.
    struct ReservedAttempt {
        PaymentAttempt attempt;
        QList<JournalEntry> journal;
    };
    StorageResult<QList<ReservedAttempt>>
    createAttempts(const QList<PaymentAttempt>& drafts, const QString& referencePrefix,
                   const std::function<QList<JournalEntry>(const PaymentAttempt&)>& makeEntries);
    StorageResult<QList<PaymentAttempt>> attempts(qint64 invoiceId) const; // by sequence
    StorageResult<std::optional<PaymentAttempt>> attemptByReference(const QString& reference) const;
    // Attempts still waiting for the customer or for Vipps' answer (PaymentAttempt::isOpen()).
    StorageResult<QList<PaymentAttempt>> openAttempts() const;
    // Stores everything but the identity (invoice, sequence, reference, created) and refreshes the
    // invoice's derived status, in one transaction.
    StorageResult<Done> updateAttempt(const PaymentAttempt& attempt);
    // The same, with the audit entry that describes the change written in the same transaction.
    StorageResult<Done> updateAttempt(const PaymentAttempt& attempt, const std::optional<AuditEntry>& audit);
    // Only the time of the last look at Vipps, for a check that found nothing else changed: one cheap
    // write, no invoice status refresh.
    StorageResult<Done> recordChecked(const QString& reference, const QDateTime& at);
    StorageResult<bool> isReferenceReserved(const QString& reference) const;

    // The journal of Vipps mutations.
    StorageResult<JournalEntry> appendJournal(const JournalEntry& entry); // stored as Pending
    // Moves an entry forward (see JournalState). Marking an entry with the state it already has is
    // accepted and changes nothing; any backward move is an error.
    StorageResult<Done> markJournal(qint64 entryId, JournalState state, const QString& resultNote,
                                    const QString& traceId);
    StorageResult<JournalEntry> journalEntry(qint64 entryId) const;
    StorageResult<QList<JournalEntry>> unsettledJournal() const; // pending or sent, oldest first
    StorageResult<QList<JournalEntry>> journalFor(const QString& reference) const; // oldest first

    // The audit log, append-only.
    StorageResult<Done> appendAudit(const AuditEntry& entry);
    // Journal marks, the attempt's update and audit entries in one commit, with the same rules as
    // markJournal, updateAttempt and appendAudit; nothing of it is written when any part is refused.
    StorageResult<Done> recordProgress(const ProgressRecord& record);
    StorageResult<QList<AuditEntry>> auditFor(qint64 invoiceId) const; // oldest first
    StorageResult<QList<AuditEntry>> auditLog(int limit = 1000) const; // newest first

    // Writes a consistent copy of the whole book to `file` (replacing it), readable as a book.
    StorageResult<Done> backupTo(const QString& file) const;

    // Imports the valid rows of a preview in one transaction: upserts by invoice number (imported /
    // updated / unchanged), matches customers by customer number, else by name and e-mail or phone,
    // never touches a push consent. Rows with an error, and rows that would change an invoice that
    // already has payment requests, are counted as rejected with their reason. `progress` (optional)
    // is called every so often with the rows done so far.
    StorageResult<ImportResult> import(const CsvImportPreview& preview,
                                       const std::function<void(int done, int total)>& progress = {});

    // For diagnostics and tests: PRAGMA integrity_check and foreign_key_check, empty when all is well.
    StorageResult<QStringList> checkIntegrity() const;

private:
    InvoiceBook(Clock& clock, QString fileName, QString connectionName);

    class Transaction;
    friend class Transaction;

    StorageResult<Done> migrate();
    StorageResult<Done> configureConnection();
    QSqlDatabase database() const;
    StorageError errorFrom(const QString& message, const QSqlQuery& query) const;
    StorageError errorFrom(const QString& message) const;
    QString now() const; // ISO 8601 UTC with milliseconds, for timestamps in the book

    // Helpers that run inside a caller's transaction.
    StorageResult<Invoice> writeInvoice(const Invoice& invoice);
    StorageResult<Customer> writeCustomer(const Customer& customer);
    StorageResult<Done> refreshInvoiceStatus(const PaymentAttempt& changed);
    StorageResult<Done> writeAttempt(const PaymentAttempt& attempt);
    StorageResult<JournalEntry> insertJournal(const JournalEntry& entry);
    StorageResult<Done> insertAudit(const AuditEntry& entry);
    StorageResult<Done> writeMark(const JournalMark& mark);
    StorageResult<PaymentAttempt> insertAttempt(qint64 invoiceId, const PaymentAttempt& draft,
                                                const QString& referencePrefix);

    Clock& m_clock;
    QString m_fileName;
    QString m_connectionName;
    // Prepared statements of the connection, reused from call to call; cleared before it closes.
    std::unique_ptr<StatementCache> m_statements;
    // The PRAGMA synchronous level the connection is at: a transaction changes it only when it
    // needs the other one (preparing a PRAGMA costs more than most of the writes it guards).
    mutable bool m_synchronousFull = true;
};

} // namespace InvoiceDesk::Storage
