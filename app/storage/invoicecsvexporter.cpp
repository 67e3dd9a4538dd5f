// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/invoicecsvexporter.h"

#include "storage/invoicebook.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceCsvExporter", text);
}

QString protectText(const QString& value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString phoneForExcel(const PhoneNumber& phone)
{
    QString display = phone.toDisplayString();
    if (display.startsWith(QLatin1Char('+')))
        display.replace(0, 1, QStringLiteral("00"));
    return display;
}

} // namespace

QString InvoiceCsvExporter::formatAmount(qint64 minor)
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) +
           QLatin1Char(',') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString InvoiceCsvExporter::quoteField(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray InvoiceCsvExporter::toCsv(const QList<InvoiceRow>& rows, const QHash<qint64, Customer>& customers)
{
    // Translations of these headers must stay among the names ColumnMapping recognises.
    const QStringList header = {
        tr("Invoice number"), tr("Customer number"), tr("Customer"),     tr("E-mail"),
        tr("Phone"),          tr("Currency"),        tr("Amount"),       tr("Issue date"),
        tr("Due date"),       tr("Status"),          tr("Reference"),    tr("Vipps state"),
        tr("Captured"),       tr("Refunded"),        tr("Last checked"), tr("Description"),
        tr("Link"),
    };
    QString out;
    const auto writeLine = [&out](const QStringList& fields) {
        QStringList quoted;
        for (const QString& field : fields)
            quoted << quoteField(field);
        out += quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    writeLine(header);
    for (const InvoiceRow& row : rows) {
        const Customer customer = customers.value(row.customerId);
        writeLine({
            protectText(row.number),
            protectText(customer.customerNumber),
            protectText(row.customerName),
            protectText(customer.email),
            phoneForExcel(row.customerPhone),
            row.currency,
            formatAmount(row.totalMinor),
            formatDate(row.issueDate),
            formatDate(row.dueDate),
            invoiceStatusDisplayName(row.status),
            row.latestReference,
            vippsStateKey(row.latestVippsState),
            row.attemptCount > 0 ? formatAmount(row.capturedMinor) : QString(),
            row.attemptCount > 0 ? formatAmount(row.refundedMinor) : QString(),
            row.lastCheckedAt.isValid()
                ? row.lastCheckedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                : QString(),
            protectText(row.description),
            protectText(row.link.toString()),
        });
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

StorageResult<QByteArray> InvoiceCsvExporter::exportBook(const InvoiceBook& book)
{
    auto rows = book.invoiceRows();
    if (!rows)
        return rows.error();
    auto customers = book.customers();
    if (!customers)
        return customers.error();
    QHash<qint64, Customer> byId;
    for (const Customer& customer : customers.value())
        byId.insert(customer.id, customer);
    return toCsv(rows.value(), byId);
}

StorageResult<Done> InvoiceCsvExporter::exportBookToFile(const InvoiceBook& book, const QString& file)
{
    auto csv = exportBook(book);
    if (!csv)
        return csv.error();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv->size() || !out.commit())
        return StorageError{tr("The export could not be written."), out.errorString()};
    return Done{};
}

} // namespace InvoiceDesk::Storage
