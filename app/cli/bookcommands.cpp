// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice import|list|show|export`, `customer list|consent`, `book backup`: the invoice book, offline.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "cli/invoicejson.h"
#include "storage/invoicebook.h"
#include "storage/invoicecsvexporter.h"
#include "storage/invoicecsvimporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

namespace InvoiceDesk::Cli {

namespace {

using Storage::InvoiceBook;

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Cli", text);
}

// Runs `action` with the open book, or reports why it could not be opened.
QFuture<int> withBook(CommandContext& context, const std::function<int(InvoiceBook&)>& action)
{
    auto book = context.book();
    if (!book)
        return readyExit(context.output().storageError(book.error()));
    return readyExit(action(**book));
}

QJsonArray errorsJson(const QList<Storage::RowError>& errors)
{
    QJsonArray array;
    for (const auto& error : errors)
        array.append(
            QJsonObject{{QStringLiteral("row"), error.row}, {QStringLiteral("reason"), error.reason}});
    return array;
}

QString errorsText(const QList<Storage::RowError>& errors)
{
    QString text;
    for (const auto& error : errors)
        text += (error.row > 0 ? tr("row %1: %2").arg(error.row).arg(error.reason) : error.reason) +
                QLatin1Char('\n');
    return text;
}

// A dry run imports into a scratch copy of the book, so that its counts (new, updated, unchanged,
// rejected) are exactly those of the real import, by the book's own matching rules.
Storage::StorageResult<Storage::ImportResult> importIntoCopy(CommandContext& context, const InvoiceBook& book,
                                                             const Storage::CsvImportPreview& preview)
{
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return Storage::StorageError{tr("No room for the dry run's scratch copy of the book."),
                                     scratch.errorString()};
    const QString file = scratch.filePath(QStringLiteral("dry-run.sqlite"));
    if (auto copied = book.backupTo(file); !copied)
        return copied.error();
    auto copy = InvoiceBook::open(file, context.clock());
    if (!copy)
        return copy.error();
    return (*copy)->import(preview);
}

int importInvoices(CommandContext& context, InvoiceBook& book)
{
    const Arguments& args = context.arguments();
    Storage::ColumnMapping mapping;
    if (args.isSet(QStringLiteral("mapping"))) {
        auto loaded = Storage::ColumnMapping::fromFile(args.value(QStringLiteral("mapping")));
        if (!loaded)
            return context.output().usage(loaded.error());
        mapping = *loaded;
    }
    auto preview = Storage::InvoiceCsvImporter(mapping).previewFile(args.word(2));
    preview.importedBy = QStringLiteral("invoicedesk-cli");
    if (!preview.fileErrors.isEmpty())
        return context.output().usage(errorsText(preview.fileErrors).trimmed());

    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    auto imported = dryRun ? importIntoCopy(context, book, preview) : book.import(preview);
    if (!imported)
        return context.output().storageError(imported.error());
    const Storage::ImportResult& result = *imported;
    const QJsonObject json{{QStringLiteral("dryRun"), dryRun},
                           {QStringLiteral("encoding"), preview.encoding},
                           {QStringLiteral("imported"), result.imported},
                           {QStringLiteral("updated"), result.updated},
                           {QStringLiteral("unchanged"), result.unchanged},
                           {QStringLiteral("rejected"), result.rejected},
                           {QStringLiteral("rejectedRows"), errorsJson(result.errors)}};
    const QString text = (dryRun ? tr("Dry run, nothing changed: %1 would be imported, %2 updated, %3 "
                                      "unchanged, %4 rejected")
                                 : tr("%1 imported, %2 updated, %3 unchanged, %4 rejected"))
                             .arg(result.imported)
                             .arg(result.updated)
                             .arg(result.unchanged)
                             .arg(result.rejected) +
                         QLatin1Char('\n') + errorsText(result.errors);
    context.output().success(json, text.trimmed());
    // Scripts see at once that rows were left out; the valid rows are imported all the same.
    return result.rejected > 0 ? ExitCode::RefusedByVipps : ExitCode::Success;
}

int listInvoices(CommandContext& context, InvoiceBook& book)
{
    InvoiceStatus wanted = InvoiceStatus::Draft;
    const QString statusText = context.arguments().value(QStringLiteral("status"));
    if (!statusText.isEmpty() && !invoiceStatusFromKey(statusText, &wanted))
        return context.output().usage(tr("Unknown status “%1”.").arg(statusText));
    const auto rows = book.invoiceRows();
    if (!rows)
        return context.output().storageError(rows.error());
    QJsonArray array;
    QString text;
    for (const auto& row : *rows) {
        if (!statusText.isEmpty() && row.status != wanted)
            continue;
        array.append(invoiceRowJson(row));
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(row.number, -12)
                    .arg(row.customerName, -24)
                    .arg(formatAmount(row.totalMinor, row.currency), 14)
                    .arg(row.dueDate.toString(Qt::ISODate), 10)
                    .arg(invoiceStatusKey(row.status));
    }
    return context.output().success(QJsonObject{{QStringLiteral("invoices"), array}}, text.trimmed());
}

int showInvoice(CommandContext& context, InvoiceBook& book)
{
    const auto invoice = book.invoiceByNumber(context.arguments().word(2));
    if (!invoice)
        return context.output().storageError(invoice.error());
    if (!invoice->has_value())
        return context.output().usage(tr("There is no invoice %1.").arg(context.arguments().word(2)));
    const auto row = book.invoiceRow((*invoice)->id);
    const auto customer = book.customer((*invoice)->customerId);
    if (!row || !customer)
        return context.output().storageError(!row ? row.error() : customer.error());
    QJsonObject json = invoiceJson(**invoice);
    json.insert(QStringLiteral("status"), invoiceStatusKey(row->status));
    json.insert(QStringLiteral("customer"), customerJson(*customer));
    const QString text = tr("Invoice %1 for %2: %3, due %4, %5")
                             .arg((*invoice)->number, customer->name,
                                  formatAmount((*invoice)->total().minorUnits(), (*invoice)->currency),
                                  (*invoice)->dueDate.toString(Qt::ISODate), invoiceStatusKey(row->status));
    return context.output().success(json, text);
}

int exportInvoices(CommandContext& context, InvoiceBook& book)
{
    const QString file = context.arguments().word(2);
    if (auto written = Storage::InvoiceCsvExporter::exportBookToFile(book, file); !written)
        return context.output().storageError(written.error());
    return context.output().success(QJsonObject{{QStringLiteral("file"), file}},
                                    tr("Exported to %1").arg(file));
}

int listCustomers(CommandContext& context, InvoiceBook& book)
{
    const auto customers = book.customers();
    if (!customers)
        return context.output().storageError(customers.error());
    QJsonArray array;
    QString text;
    for (const Customer& customer : *customers) {
        array.append(customerJson(customer));
        text +=
            QStringLiteral("%1  %2  %3\n")
                .arg(customer.name, -28)
                .arg(customer.phone.isValid() ? customer.phone.toDisplayString() : QStringLiteral("-"), -18)
                .arg(customer.consent ? tr("push allowed") : QString());
    }
    return context.output().success(QJsonObject{{QStringLiteral("customers"), array}}, text.trimmed());
}

// A customer named by customer number, or by the id that `customer list --json` prints.
Expected<Customer, QString> customerNamed(const InvoiceBook& book, const QString& name)
{
    const auto customers = book.customers();
    if (!customers)
        return customers.error().message;
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    for (const Customer& customer : *customers) {
        if (customer.customerNumber == name)
            return customer;
    }
    for (const Customer& customer : *customers) {
        if (isId && customer.id == id)
            return customer;
    }
    return tr("There is no customer %1.").arg(name);
}

int recordConsent(CommandContext& context, InvoiceBook& book)
{
    const Arguments& args = context.arguments();
    const QString by = args.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty())
        return context.output().usage(tr("Say who recorded the consent: --by NAME."));
    const bool withdraw = args.isSet(QStringLiteral("withdraw"));
    if (withdraw == args.isSet(QStringLiteral("phone")))
        return context.output().usage(tr("Give either --phone MSISDN or --withdraw."));
    const auto customer = customerNamed(book, args.word(2));
    if (!customer)
        return context.output().usage(customer.error());

    if (withdraw) {
        if (auto withdrawn = book.withdrawPushConsent(customer->id, by); !withdrawn)
            return context.output().storageError(withdrawn.error());
    } else {
        QString whyNot;
        const auto phone =
            PhoneNumber::parse(args.value(QStringLiteral("phone")), QStringLiteral("NO"), &whyNot);
        if (!phone)
            return context.output().usage(tr("--phone is not a mobile number: %1").arg(whyNot));
        PushConsent consent;
        consent.givenAt = context.clock().now();
        consent.source = PushConsent::Source::EnteredByStaff;
        consent.recordedBy = by;
        if (auto recorded = book.recordPushConsent(customer->id, *phone, consent); !recorded)
            return context.output().storageError(recorded.error());
    }
    const auto updated = book.customer(customer->id);
    if (!updated)
        return context.output().storageError(updated.error());
    return context.output().success(customerJson(*updated),
                                    updated->canReceivePush()
                                        ? tr("%1 may now get payment requests pushed to %2.")
                                              .arg(updated->name, updated->phone.toDisplayString())
                                        : tr("%1 gets no pushed payment requests.").arg(updated->name));
}

int backupBook(CommandContext& context, InvoiceBook& book)
{
    const QString file = context.arguments().word(2);
    if (auto written = book.backupTo(file); !written)
        return context.output().storageError(written.error());
    return context.output().success(QJsonObject{{QStringLiteral("file"), file}},
                                    tr("Backed up to %1").arg(file));
}

CommandDispatcher::Handler offline(int (*action)(CommandContext&, InvoiceBook&))
{
    return [action](CommandContext& context) {
        return withBook(context, [&context, action](InvoiceBook& book) { return action(context, book); });
    };
}

} // namespace

void addBookCommands(CommandDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("import")},
                    QStringLiteral("FILE [--dry-run] [--mapping FILE]"),
                    {QStringLiteral("dry-run"), QStringLiteral("mapping")},
                    1,
                    offline(importInvoices)});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("list")},
                    QStringLiteral("[--status STATUS]"),
                    {QStringLiteral("status")},
                    0,
                    offline(listInvoices)});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("show")},
                    QStringLiteral("NUMBER"),
                    {},
                    1,
                    offline(showInvoice)});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("export")},
                    QStringLiteral("FILE"),
                    {},
                    1,
                    offline(exportInvoices)});
    dispatcher.add({{QStringLiteral("customer"), QStringLiteral("list")}, {}, {}, 0, offline(listCustomers)});
    dispatcher.add({{QStringLiteral("customer"), QStringLiteral("consent")},
                    QStringLiteral("CUSTOMER-NUMBER|ID (--phone MSISDN | --withdraw) --by NAME"),
                    {QStringLiteral("phone"), QStringLiteral("withdraw"), QStringLiteral("by")},
                    1,
                    offline(recordConsent)});
    dispatcher.add({{QStringLiteral("book"), QStringLiteral("backup")},
                    QStringLiteral("FILE"),
                    {},
                    1,
                    offline(backupBook)});
}

} // namespace InvoiceDesk::Cli
