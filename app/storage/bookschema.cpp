// SPDX-License-Identifier: GPL-3.0-or-later
// The book's schema and its migrations. PRAGMA user_version holds the version; each migration runs in
// its own transaction together with the version bump, so a crash leaves the book at one version or
// the next, never in between. Migrations are only ever appended: a released one never changes.
#include "storage/invoicebook.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceBook", text);
}

// Version 1: the first book.
const char* const migration1[] = {
    R"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        customer_number TEXT,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone_msisdn TEXT NOT NULL DEFAULT '',
        consent_given_at TEXT,
        consent_source TEXT CHECK (consent_source IS NULL OR consent_source IN ('staff', 'vipps')),
        consent_recorded_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((consent_given_at IS NULL) = (consent_source IS NULL))
    ))",
    R"(CREATE UNIQUE INDEX customers_by_number ON customers (customer_number)
        WHERE customer_number IS NOT NULL)",
    R"(CREATE INDEX customers_by_name ON customers (name))",

    // line_count is written with the invoice so that a check can tell an invoice with all its lines
    // from one with some missing; total_minor and status are kept for the list.
    R"(CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (number <> ''),
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        issue_date TEXT,
        due_date TEXT,
        description TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        total_without_lines_minor INTEGER NOT NULL DEFAULT 0,
        line_count INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0),
        total_minor INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'draft',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))",
    R"(CREATE INDEX invoices_by_customer ON invoices (customer_id))",
    R"(CREATE TABLE invoice_lines (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        quantity TEXT NOT NULL DEFAULT '1',
        unit_price_minor INTEGER NOT NULL,
        vat_rate_basis_points INTEGER NOT NULL CHECK (vat_rate_basis_points BETWEEN 0 AND 10000),
        total_excluding_vat_minor INTEGER NOT NULL,
        total_vat_minor INTEGER NOT NULL,
        UNIQUE (invoice_id, position)
    ))",

    // Every reference ever handed out, kept even if its attempt row were lost, so none is reused.
    R"(CREATE TABLE reserved_references (
        reference TEXT PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        reserved_at TEXT NOT NULL
    ))",
    R"(CREATE INDEX reserved_references_by_invoice ON reserved_references (invoice_id, sequence))",
    R"(CREATE TRIGGER reserved_references_keep BEFORE DELETE ON reserved_references
        BEGIN SELECT RAISE(ABORT, 'reserved references are never released'); END)",
    R"(CREATE TRIGGER reserved_references_fixed BEFORE UPDATE ON reserved_references
        BEGIN SELECT RAISE(ABORT, 'reserved references never change'); END)",

    R"(CREATE TABLE payment_attempts (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        reference TEXT NOT NULL UNIQUE REFERENCES reserved_references (reference),
        flow TEXT NOT NULL CHECK (flow IN ('push', 'link', 'qr')),
        learn_phone INTEGER NOT NULL DEFAULT 0,
        phone_msisdn TEXT NOT NULL DEFAULT '',
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        expires_at TEXT,
        phase TEXT NOT NULL CHECK (phase IN ('preparing', 'sent', 'failed')),
        failure_message TEXT NOT NULL DEFAULT '',
        vipps_state TEXT NOT NULL DEFAULT '',
        authorized_minor INTEGER NOT NULL DEFAULT 0,
        captured_minor INTEGER NOT NULL DEFAULT 0,
        refunded_minor INTEGER NOT NULL DEFAULT 0,
        cancelled_minor INTEGER NOT NULL DEFAULT 0,
        redirect_url TEXT NOT NULL DEFAULT '',
        last_checked_at TEXT,
        UNIQUE (invoice_id, sequence)
    ))",
    R"(CREATE INDEX payment_attempts_open ON payment_attempts (phase, vipps_state))",
    R"(CREATE TRIGGER payment_attempts_keep BEFORE DELETE ON payment_attempts
        BEGIN SELECT RAISE(ABORT, 'payment attempts are never deleted'); END)",

    R"(CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('set-category', 'create-payment', 'capture', 'cancel', 'refund')),
        attempt_id INTEGER REFERENCES payment_attempts (id),
        reference TEXT NOT NULL,
        idempotency_key TEXT NOT NULL CHECK (idempotency_key <> ''),
        body_hash TEXT NOT NULL,
        amount_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'confirmed', 'failed')),
        created_at TEXT NOT NULL,
        sent_at TEXT,
        settled_at TEXT,
        result_note TEXT NOT NULL DEFAULT '',
        trace_id TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX journal_by_reference ON journal (reference, id))",
    R"(CREATE INDEX journal_unsettled ON journal (state, id))",
    R"(CREATE TRIGGER journal_insert_pending BEFORE INSERT ON journal
        WHEN NEW.state <> 'pending'
        BEGIN SELECT RAISE(ABORT, 'journal entries start as pending'); END)",
    R"(CREATE TRIGGER journal_keep BEFORE DELETE ON journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END)",
    R"(CREATE TRIGGER journal_forward_only BEFORE UPDATE ON journal
        WHEN NOT ((OLD.state = 'pending' AND NEW.state IN ('sent', 'confirmed', 'failed'))
                  OR (OLD.state = 'sent' AND NEW.state IN ('confirmed', 'failed')))
          OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.attempt_id IS NOT OLD.attempt_id
          OR NEW.reference IS NOT OLD.reference OR NEW.idempotency_key IS NOT OLD.idempotency_key
          OR NEW.body_hash IS NOT OLD.body_hash OR NEW.amount_minor IS NOT OLD.amount_minor
          OR NEW.currency IS NOT OLD.currency OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'journal entries only move forward'); END)",

    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        invoice_id INTEGER REFERENCES invoices (id),
        reference TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        trace_id TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX audit_by_invoice ON audit_log (invoice_id, id))",
    R"(CREATE TRIGGER audit_keep BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_fixed BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
};

struct Migration {
    const char* const* begin;
    const char* const* end;
};

const Migration migrations[] = {
    {std::begin(migration1), std::end(migration1)},
};

} // namespace

int InvoiceBook::latestSchemaVersion()
{
    return int(std::size(migrations));
}

int InvoiceBook::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StorageResult<Done> InvoiceBook::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return errorFrom(tr("The file is not an invoice book."));
    if (current > latestSchemaVersion())
        return StorageError{tr("This invoice book was written by a newer version of InvoiceDesk."),
                            QStringLiteral("schema version %1, this program knows up to %2")
                                .arg(current)
                                .arg(latestSchemaVersion())};
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        Transaction transaction(*this, Durability::Synced);
        if (!transaction.isActive())
            return transaction.error();
        const Migration& migration = migrations[version - 1];
        for (auto statement = migration.begin; statement != migration.end; ++statement) {
            QSqlQuery query(database());
            if (!query.exec(QString::fromUtf8(*statement)))
                return errorFrom(tr("The invoice book could not be upgraded."), query);
        }
        // PRAGMA takes no bound values; the version is a number we produced, never outside input.
        QSqlQuery bump(database());
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return errorFrom(tr("The invoice book could not be upgraded."), bump);
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return Done{};
}

} // namespace InvoiceDesk::Storage
