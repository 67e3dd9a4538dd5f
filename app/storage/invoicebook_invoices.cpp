// SPDX-License-Identifier: GPL-3.0-or-later
// InvoiceBook: invoices, their lines and the one-query list of rows.
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

const QString invoiceColumns = QStringLiteral(
    "id, number, customer_id, currency, issue_date, due_date, description, link, total_without_lines_minor");

Invoice invoiceFromQuery(const QSqlQuery& query)
{
    Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.number = query.value(1).toString();
    invoice.customerId = query.value(2).toLongLong();
    invoice.currency = query.value(3).toString();
    invoice.issueDate = dateFromStored(query.value(4));
    invoice.dueDate = dateFromStored(query.value(5));
    invoice.description = query.value(6).toString();
    invoice.link = QUrl(query.value(7).toString());
    invoice.totalWithoutLinesMinor = query.value(8).toLongLong();
    return invoice;
}

} // namespace

StorageResult<Invoice> InvoiceBook::saveInvoice(const Invoice& invoice)
{
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    auto written = writeInvoice(invoice);
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

StorageResult<Invoice> InvoiceBook::writeInvoice(const Invoice& invoice)
{
    if (invoice.number.trimmed().isEmpty())
        return StorageError{tr("An invoice needs a number."), {}};
    if (!isSupportedCurrency(invoice.currency))
        return StorageError{tr("The currency %1 cannot be used with Vipps MobilePay.").arg(invoice.currency),
                            {}};

    Invoice stored = invoice;
    QSqlQuery query(database());
    if (invoice.id == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO invoices (number, customer_id, currency, issue_date, due_date, description, link, "
            "total_without_lines_minor, line_count, total_minor, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE invoices SET number = ?, customer_id = ?, currency = ?, issue_date = ?, due_date = ?, "
            "description = ?, link = ?, total_without_lines_minor = ?, line_count = ?, total_minor = ?, "
            "updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(text(invoice.number));
    query.addBindValue(invoice.customerId);
    query.addBindValue(text(invoice.currency));
    query.addBindValue(storedDate(invoice.issueDate));
    query.addBindValue(storedDate(invoice.dueDate));
    query.addBindValue(text(invoice.description));
    query.addBindValue(text(invoice.link.toString()));
    query.addBindValue(invoice.totalWithoutLinesMinor);
    query.addBindValue(invoice.lines.size());
    query.addBindValue(qint64(invoice.total().minorUnits()));
    if (invoice.id == 0) {
        query.addBindValue(now());
        query.addBindValue(now());
    } else {
        query.addBindValue(now());
        query.addBindValue(invoice.id);
    }
    if (!query.exec())
        return errorFrom(tr("The invoice %1 could not be saved (is the number already used, or the customer "
                            "missing?).")
                             .arg(invoice.number),
                         query);
    if (invoice.id == 0) {
        stored.id = query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() != 1) {
        return StorageError{tr("The invoice %1 is not in the book.").arg(invoice.number), {}};
    }

    auto removeLinesStatement =
        m_statements->take(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"));
    QSqlQuery& removeLines = removeLinesStatement.query();
    removeLines.addBindValue(stored.id);
    if (!removeLines.exec())
        return errorFrom(tr("The invoice %1 could not be saved.").arg(invoice.number), removeLines);
    auto insertLineStatement = m_statements->take(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_minor, "
        "vat_rate_basis_points, total_excluding_vat_minor, total_vat_minor) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    QSqlQuery& insertLine = insertLineStatement.query();
    for (int position = 0; position < invoice.lines.size(); ++position) {
        const InvoiceLine& line = invoice.lines.at(position);
        insertLine.addBindValue(stored.id);
        insertLine.addBindValue(position);
        insertLine.addBindValue(text(line.description));
        insertLine.addBindValue(text(line.quantity));
        insertLine.addBindValue(line.unitPriceMinor);
        insertLine.addBindValue(line.vatRateBasisPoints);
        insertLine.addBindValue(line.totalExcludingVatMinor);
        insertLine.addBindValue(line.totalVatMinor);
        if (!insertLine.exec())
            return errorFrom(tr("The invoice %1 could not be saved.").arg(invoice.number), insertLine);
    }
    return stored;
}

StorageResult<Invoice> InvoiceBook::invoice(qint64 id) const
{
    auto queryStatement = m_statements->take(QStringLiteral("SELECT ") + invoiceColumns +
                                             QStringLiteral(" FROM invoices WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(id);
    if (!query.exec())
        return errorFrom(tr("The invoice could not be read."), query);
    if (!query.next())
        return StorageError{tr("The invoice is not in the book."), QStringLiteral("invoice id %1").arg(id)};
    Invoice result = invoiceFromQuery(query);
    query.finish();

    auto linesStatement = m_statements->take(QStringLiteral(
        "SELECT description, quantity, unit_price_minor, vat_rate_basis_points, total_excluding_vat_minor, "
        "total_vat_minor FROM invoice_lines WHERE invoice_id = ? ORDER BY position"));
    QSqlQuery& lines = linesStatement.query();
    lines.addBindValue(id);
    if (!lines.exec())
        return errorFrom(tr("The invoice could not be read."), lines);
    while (lines.next()) {
        InvoiceLine line;
        line.description = lines.value(0).toString();
        line.quantity = lines.value(1).toString();
        line.unitPriceMinor = lines.value(2).toLongLong();
        line.vatRateBasisPoints = lines.value(3).toInt();
        line.totalExcludingVatMinor = lines.value(4).toLongLong();
        line.totalVatMinor = lines.value(5).toLongLong();
        result.lines.append(line);
    }
    return result;
}

StorageResult<QString> InvoiceBook::invoiceNumber(qint64 id) const
{
    auto queryStatement = m_statements->take(QStringLiteral("SELECT number FROM invoices WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(id);
    if (!query.exec())
        return errorFrom(tr("The invoice could not be read."), query);
    if (!query.next())
        return StorageError{tr("The invoice is not in the book."), QStringLiteral("invoice id %1").arg(id)};
    return query.value(0).toString();
}

StorageResult<std::optional<Invoice>> InvoiceBook::invoiceByNumber(const QString& number) const
{
    auto queryStatement = m_statements->take(QStringLiteral("SELECT id FROM invoices WHERE number = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(text(number));
    if (!query.exec())
        return errorFrom(tr("The invoice could not be read."), query);
    if (!query.next())
        return std::optional<Invoice>();
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    auto found = invoice(id);
    if (!found)
        return found.error();
    return std::optional<Invoice>(std::move(found).value());
}

namespace {

// The latest attempt is found through the (invoice_id, sequence) index, one probe per invoice.
const QString rowQuery = QStringLiteral(
    "SELECT i.id, i.number, i.customer_id, c.name, c.phone_msisdn, c.consent_given_at IS NOT NULL, "
    "i.currency, i.total_minor, i.issue_date, i.due_date, i.description, i.link, i.status, "
    "(SELECT count(*) FROM payment_attempts x WHERE x.invoice_id = i.id), "
    "a.reference, a.flow, a.vipps_state, a.captured_minor, a.refunded_minor, a.expires_at, a.last_checked_at "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id "
    "LEFT JOIN payment_attempts a ON a.id = (SELECT y.id FROM payment_attempts y WHERE y.invoice_id = i.id "
    "ORDER BY y.sequence DESC LIMIT 1) ");

InvoiceRow rowFromQuery(const QSqlQuery& query)
{
    InvoiceRow row;
    row.invoiceId = query.value(0).toLongLong();
    row.number = query.value(1).toString();
    row.customerId = query.value(2).toLongLong();
    row.customerName = query.value(3).toString();
    row.customerPhone = PhoneNumber::fromStoredMsisdn(query.value(4).toString());
    row.customerHasConsent = query.value(5).toBool();
    row.currency = query.value(6).toString();
    row.totalMinor = query.value(7).toLongLong();
    row.issueDate = dateFromStored(query.value(8));
    row.dueDate = dateFromStored(query.value(9));
    row.description = query.value(10).toString();
    row.link = QUrl(query.value(11).toString());
    invoiceStatusFromKey(query.value(12).toString(), &row.status);
    row.attemptCount = query.value(13).toInt();
    row.latestReference = query.value(14).toString();
    paymentFlowFromKey(query.value(15).toString(), &row.latestFlow);
    row.latestVippsState = vippsStateFromKey(query.value(16).toString());
    row.capturedMinor = query.value(17).toLongLong();
    row.refundedMinor = query.value(18).toLongLong();
    row.latestExpiresAt = dateTimeFromStored(query.value(19));
    row.lastCheckedAt = dateTimeFromStored(query.value(20));
    return row;
}

} // namespace

StorageResult<QList<InvoiceRow>> InvoiceBook::invoiceRows() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(rowQuery + QStringLiteral("ORDER BY i.id"));
    if (!query.exec())
        return errorFrom(tr("The invoice list could not be read."), query);
    QList<InvoiceRow> rows;
    while (query.next())
        rows.append(rowFromQuery(query));
    return rows;
}

StorageResult<InvoiceRow> InvoiceBook::invoiceRow(qint64 invoiceId) const
{
    auto queryStatement = m_statements->take(rowQuery + QStringLiteral("WHERE i.id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(invoiceId);
    if (!query.exec())
        return errorFrom(tr("The invoice list could not be read."), query);
    if (!query.next())
        return StorageError{tr("The invoice is not in the book."),
                            QStringLiteral("invoice id %1").arg(invoiceId)};
    return rowFromQuery(query);
}

} // namespace InvoiceDesk::Storage
