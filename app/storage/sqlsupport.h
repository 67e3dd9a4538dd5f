// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the storage layer: conversions between domain values and SQLite columns, and the
// transaction guard every multi-row change goes through.

#include "storage/invoicebook.h"

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

// BEGIN IMMEDIATE on construction (taking the write lock at once, so a second writer waits instead of
// failing half-way), ROLLBACK on destruction unless commit() succeeded.
class InvoiceBook::Transaction {
public:
    explicit Transaction(const InvoiceBook& book);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN worked; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const StorageError& error() const { return m_error; }
    StorageResult<Done> commit();

private:
    const InvoiceBook& m_book;
    bool m_active = false;
    StorageError m_error;
};

} // namespace InvoiceDesk::Storage
