// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/invoicecsvimporter.h"

#include "invoices/money.h"
#include "invoices/phonenumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceCsvImporter", text);
}

// Our own export protects text cells from being read as formulas by prefixing "'"; take it off again.
QString unprotect(const QString& value)
{
    if (value.size() > 1 && value.at(0) == QLatin1Char('\'') && QStringLiteral("=+-@").contains(value.at(1)))
        return value.mid(1);
    return value;
}

} // namespace

InvoiceCsvImporter::InvoiceCsvImporter(ColumnMapping mapping, QString defaultPhoneRegion,
                                       QString defaultCurrency)
    : m_mapping(std::move(mapping))
    , m_defaultRegion(std::move(defaultPhoneRegion))
    , m_defaultCurrency(std::move(defaultCurrency))
{}

QDate InvoiceCsvImporter::parseDate(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto match = dotted.match(text); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (const auto match = iso.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return {};
}

CsvImportPreview InvoiceCsvImporter::previewFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportPreview failed;
        failed.sourceFile = path;
        failed.fileErrors.append({0, tr("The file cannot be read: %1").arg(file.errorString())});
        return failed;
    }
    CsvImportPreview result = preview(file.readAll());
    result.sourceFile = path;
    return result;
}

CsvImportPreview InvoiceCsvImporter::preview(const QByteArray& fileContents) const
{
    return preview(CsvReader::read(fileContents));
}

CsvImportPreview InvoiceCsvImporter::preview(const CsvTable& table) const
{
    CsvImportPreview result;
    result.encoding = TextDecoding::encodingName(table.encoding);
    result.delimiter = table.delimiter;
    if (table.records.isEmpty()) {
        result.fileErrors.append({1, tr("The file is empty.")});
        return result;
    }
    const CsvRecord& header = table.records.first();
    for (const QString& name : header.fields)
        result.header << name.trimmed();
    const auto columns = m_mapping.resolve(result.header);
    if (!columns) {
        for (const QString& error : columns.error())
            result.fileErrors.append({header.line, error});
        // Still list every row, each rejected, so that nothing in the file goes unmentioned.
        for (qsizetype i = 1; i < table.records.size(); ++i) {
            ImportRow row;
            row.row = table.records.at(i).line;
            row.error = RowError{row.row, tr("not read: the file's columns are not recognised")};
            result.rows.append(row);
        }
        return result;
    }

    QHash<QString, int> firstRowOfNumber;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        ImportRow row = readRow(table.records.at(i), int(result.header.size()), columns.value());
        if (row.isValid()) {
            const QString number = row.invoice->number;
            if (firstRowOfNumber.contains(number)) {
                row.error = RowError{row.row, tr("duplicate invoice number \"%1\" (first on row %2)")
                                                  .arg(number)
                                                  .arg(firstRowOfNumber.value(number))};
                row.invoice.reset();
            } else {
                firstRowOfNumber.insert(number, row.row);
            }
        }
        result.rows.append(row);
    }
    return result;
}

ImportRow InvoiceCsvImporter::readRow(const CsvRecord& record, int columnCount,
                                      const QHash<ImportField, int>& columns) const
{
    ImportRow row;
    row.row = record.line;
    const auto reject = [&row](const QString& reason) {
        row.error = RowError{row.row, reason};
        return row;
    };
    if (!record.error.isEmpty())
        return reject(record.error);
    if (record.fields.size() != columnCount)
        return reject(
            tr("wrong number of fields: %1 instead of %2").arg(record.fields.size()).arg(columnCount));
    const auto value = [&](ImportField field) -> QString {
        const int index = columns.value(field, -1);
        return index < 0 ? QString() : unprotect(record.fields.at(index).trimmed());
    };

    Invoice invoice;
    invoice.number = value(ImportField::InvoiceNumber);
    if (invoice.number.isEmpty())
        return reject(tr("missing invoice number"));
    Customer customer;
    customer.name = value(ImportField::Customer);
    if (customer.name.isEmpty())
        return reject(tr("missing customer name"));
    customer.customerNumber = value(ImportField::CustomerNumber);

    const QString currency = value(ImportField::Currency).toUpper();
    invoice.currency = currency.isEmpty() ? m_defaultCurrency : currency;
    if (!isSupportedCurrency(invoice.currency))
        return reject(tr("unknown currency \"%1\" (NOK, DKK or EUR)").arg(value(ImportField::Currency)));

    const QString amountText = value(ImportField::Amount);
    if (amountText.isEmpty())
        return reject(tr("missing amount"));
    const auto amount = Money::parse(amountText, invoice.currency);
    if (!amount)
        return reject(tr("bad amount \"%1\"").arg(amountText));
    if (amount->minorUnits() <= 0)
        return reject(tr("the amount must be more than zero: \"%1\"").arg(amountText));
    invoice.totalWithoutLinesMinor = amount->minorUnits();

    const QString issueText = value(ImportField::IssueDate);
    if (!issueText.isEmpty()) {
        invoice.issueDate = parseDate(issueText);
        if (!invoice.issueDate.isValid())
            return reject(tr("bad issue date \"%1\" (use dd.mm.yyyy or yyyy-mm-dd)").arg(issueText));
    }
    const QString dueText = value(ImportField::DueDate);
    if (!dueText.isEmpty()) {
        invoice.dueDate = parseDate(dueText);
        if (!invoice.dueDate.isValid())
            return reject(tr("bad due date \"%1\" (use dd.mm.yyyy or yyyy-mm-dd)").arg(dueText));
    }
    if (invoice.issueDate.isValid() && invoice.dueDate.isValid() && invoice.dueDate < invoice.issueDate)
        return reject(tr("the due date %1 is before the issue date %2").arg(dueText, issueText));

    const QString phoneText = value(ImportField::Phone);
    if (!phoneText.isEmpty()) {
        QString why;
        const auto phone = PhoneNumber::parse(phoneText, m_defaultRegion, &why);
        if (!phone)
            return reject(tr("bad phone \"%1\": %2").arg(phoneText, why));
        customer.phone = *phone;
    }
    customer.email = value(ImportField::Email);
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!customer.email.isEmpty() && !emailShape.match(customer.email).hasMatch())
        return reject(tr("bad e-mail address \"%1\"").arg(customer.email));

    const QString linkText = value(ImportField::Link);
    if (!linkText.isEmpty()) {
        const QUrl link(linkText, QUrl::StrictMode);
        if (!link.isValid() ||
            (link.scheme() != QLatin1String("https") && link.scheme() != QLatin1String("http")) ||
            link.host().isEmpty())
            return reject(tr("bad link \"%1\" (a web address starting with https://)").arg(linkText));
        invoice.link = link;
    }
    invoice.description = value(ImportField::Description);

    row.invoice = invoice;
    row.customer = customer;
    return row;
}

} // namespace InvoiceDesk::Storage
