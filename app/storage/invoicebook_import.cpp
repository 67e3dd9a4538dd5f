// SPDX-License-Identifier: GPL-3.0-or-later
// InvoiceBook: writing an import preview, all rows in one transaction.
#include "storage/invoicebook.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceBook", text);
}

// Matches an imported customer with one in the book (by customer number when the file has one, else
// by name and e-mail or phone, else by name among customers without a number), creating it when none
// matches. An existing customer's push consent is never touched, nor the phone it was given for.
StorageResult<qint64>
matchImportedCustomer(const Customer& imported,
                      const std::function<StorageResult<Customer>(const Customer&)>& write,
                      const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!imported.customerNumber.isEmpty()) {
        query.prepare(customerSelect() + QStringLiteral("WHERE customer_number = ?"));
        query.addBindValue(text(imported.customerNumber));
    } else if (!imported.email.isEmpty() || imported.phone.isValid()) {
        query.prepare(customerSelect() +
                      QStringLiteral("WHERE name = ? AND ((email <> '' AND email = ?) OR "
                                     "(phone_msisdn <> '' AND phone_msisdn = ?)) ORDER BY id LIMIT 1"));
        query.addBindValue(text(imported.name));
        query.addBindValue(text(imported.email));
        query.addBindValue(text(imported.phone.msisdn()));
    } else {
        query.prepare(customerSelect() +
                      QStringLiteral("WHERE name = ? AND customer_number IS NULL ORDER BY id LIMIT 1"));
        query.addBindValue(text(imported.name));
    }
    if (!query.exec())
        return StorageError{tr("The customers could not be read."), query.lastError().text()};
    if (!query.next()) {
        query.finish();
        Customer fresh = imported;
        fresh.id = 0;
        fresh.consent.reset();
        auto written = write(fresh);
        if (!written)
            return written.error();
        return written->id;
    }
    const Customer existing = customerFromQuery(query);
    query.finish();
    Customer merged = existing;
    merged.name = imported.name;
    if (!imported.email.isEmpty())
        merged.email = imported.email;
    if (imported.phone.isValid() && !existing.consent)
        merged.phone = imported.phone;
    if (!imported.customerNumber.isEmpty())
        merged.customerNumber = imported.customerNumber;
    if (merged != existing) {
        auto written = write(merged);
        if (!written)
            return written.error();
    }
    return existing.id;
}

} // namespace

StorageResult<ImportResult> InvoiceBook::import(const CsvImportPreview& preview,
                                                const std::function<void(int done, int total)>& progress)
{
    ImportResult result;
    result.errors = preview.fileErrors;
    result.rejected = int(preview.fileErrors.size());

    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    const auto write = [this](const Customer& customer) {
        return writeCustomer(customer);
    };

    int done = 0;
    const int total = int(preview.rows.size());
    for (const ImportRow& row : preview.rows) {
        if (progress && done % 200 == 0)
            progress(done, total);
        ++done;
        if (!row.isValid()) {
            ++result.rejected;
            result.errors.append(row.error.value_or(RowError{row.row, tr("the row could not be read")}));
            continue;
        }
        auto customerId = matchImportedCustomer(row.customer, write, database());
        if (!customerId)
            return customerId.error();

        Invoice incoming = *row.invoice;
        incoming.customerId = customerId.value();
        QSqlQuery lookup(database());
        lookup.prepare(QStringLiteral("SELECT id, (SELECT count(*) FROM reserved_references r WHERE "
                                      "r.invoice_id = invoices.id) FROM invoices WHERE number = ?"));
        lookup.addBindValue(text(incoming.number));
        if (!lookup.exec())
            return errorFrom(tr("The invoices could not be read."), lookup);
        if (!lookup.next()) {
            lookup.finish();
            incoming.id = 0;
            if (auto written = writeInvoice(incoming); !written)
                return written.error();
            ++result.imported;
            continue;
        }
        const qint64 existingId = lookup.value(0).toLongLong();
        const bool hasAttempts = lookup.value(1).toInt() > 0;
        lookup.finish();
        auto existing = invoice(existingId);
        if (!existing)
            return existing.error();
        // Imported rows carry a total, not lines: an invoice made with lines keeps them, and the file's
        // total must agree with them.
        Invoice merged = existing.value();
        merged.customerId = incoming.customerId;
        merged.currency = incoming.currency;
        merged.issueDate = incoming.issueDate.isValid() ? incoming.issueDate : merged.issueDate;
        merged.dueDate = incoming.dueDate;
        merged.description = incoming.description;
        merged.link = incoming.link;
        if (merged.lines.isEmpty())
            merged.totalWithoutLinesMinor = incoming.totalWithoutLinesMinor;
        else if (merged.total().minorUnits() != incoming.totalWithoutLinesMinor) {
            ++result.rejected;
            result.errors.append(
                {row.row, tr("invoice %1 has lines in the book with another total; it was not "
                             "changed")
                              .arg(incoming.number)});
            continue;
        }
        if (merged == existing.value()) {
            ++result.unchanged;
            continue;
        }
        if (hasAttempts) {
            ++result.rejected;
            result.errors.append(
                {row.row,
                 tr("invoice %1 already has payment requests; it was not changed").arg(incoming.number)});
            continue;
        }
        if (auto written = writeInvoice(merged); !written)
            return written.error();
        ++result.updated;
    }
    if (progress)
        progress(total, total);

    AuditEntry audit;
    audit.actor = preview.importedBy.isEmpty() ? QStringLiteral("import") : preview.importedBy;
    audit.action = QStringLiteral("import");
    audit.result = QStringLiteral("ok");
    audit.detail = QStringLiteral("%1: %2 imported, %3 updated, %4 unchanged, %5 rejected")
                       .arg(preview.sourceFile)
                       .arg(result.imported)
                       .arg(result.updated)
                       .arg(result.unchanged)
                       .arg(result.rejected);
    if (auto audited = insertAudit(audit); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace InvoiceDesk::Storage
