// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the storage layer: conversions between domain values and SQLite columns, and the
// transaction guard every multi-row change goes through.

#include "storage/invoicebook.h"
#include "storage/statementcache.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace InvoiceDesk::Storage {

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as time does.
QVariant storedDateTime(const QDateTime& value);
QDateTime dateTimeFromStored(const QVariant& value);
QVariant storedDate(const QDate& value); // "yyyy-MM-dd" or NULL
QDate dateFromStored(const QVariant& value);
// Empty text is stored as NULL only where a column is optional; most text columns are NOT NULL ''.
QVariant nullIfEmpty(const QString& value);
// Text for a NOT NULL column: a null QString binds as SQL NULL, so it is turned into ''.
QVariant text(const QString& value);

// Row readers shared by the parts of InvoiceBook; the column order is the one of the matching select.
QString customerSelect(); // "SELECT <customer columns> FROM customers "
Customer customerFromQuery(const QSqlQuery& query);
QString attemptSelect(); // "SELECT <attempt columns> FROM payment_attempts "
PaymentAttempt attemptFromQuery(const QSqlQuery& query);

// How far a commit must have reached before commit() returns.
//
// Synced: the commit is on the disk itself (the WAL is fsynced, PRAGMA synchronous = FULL); it survives
// a power cut. Every journal entry that lets a Vipps mutation leave is written so, and so is what staff
// enter by hand (invoices, customers, consent), which nothing could rebuild.
//
// Unsynced: the commit is in the WAL but not yet fsynced (synchronous = NORMAL). It survives a crash of
// the process, and the book stays consistent in any case, but a power cut may lose the last such
// commits. Used for what only records progress: the Sent mark just before a request leaves (its entry
// is already on disk as Pending, and recovery treats Pending and Sent alike), the Confirmed and Failed
// marks, audit entries and attempt updates written after Vipps has answered. After a power cut the
// entries concerned are unsettled again, and start-up recovery asks Vipps about each before it repeats
// anything (with the original idempotency key). The WAL is written in order and read back only up to
// its last intact commit, so what is lost is always the newest commits, and the next Synced commit
// makes every commit before it durable too.
enum class Durability { Synced, Unsynced };

// BEGIN IMMEDIATE on construction (taking the write lock at once, so a second writer waits instead of
// failing half-way), ROLLBACK on destruction unless commit() succeeded. Each transaction sets its own
// synchronous level just before BEGIN (SQLite refuses to change it inside a transaction) when the
// connection is not at that level already; every write of the book goes through a Transaction, so
// none runs at a level it did not ask for.
class InvoiceBook::Transaction {
public:
    Transaction(const InvoiceBook& book, Durability durability);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN worked; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const StorageError& error() const { return m_error; }
    StorageResult<Done> commit();

private:
    const InvoiceBook& m_book;
    Durability m_durability;
    bool m_active = false;
    StorageError m_error;
};

} // namespace InvoiceDesk::Storage
