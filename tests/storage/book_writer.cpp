// SPDX-License-Identifier: GPL-3.0-or-later
// A helper for tst_crashsafety: writes to an invoice book in a loop and prints its progress, one line
// at a time, so that the test can kill it with SIGKILL at a chosen point.
//   book_writer import   <book> <csv>    imports the file in one transaction, printing "progress N"
//   book_writer invoices <book> <count>  saves invoices with five lines each, printing "saved N"
//   book_writer journal  <book> <count>  creates attempts and moves their journal entries forward,
//                                        printing "step N"
#include "common/clock.h"
#include "storage/invoicebook.h"
#include "storage/invoicecsvimporter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const StorageError& error)
{
    std::fputs(qPrintable(error.message + QStringLiteral(": ") + error.detail + QLatin1Char('\n')), stderr);
    return 2;
}

qint64 ensureCustomer(InvoiceBook& book)
{
    auto customers = book.customers();
    if (customers && !customers->isEmpty())
        return customers->first().id;
    Customer customer;
    customer.name = QStringLiteral("Crash Test Customer");
    auto saved = book.saveCustomer(customer);
    return saved ? saved->id : 0;
}

int writeInvoices(InvoiceBook& book, int count)
{
    const qint64 customerId = ensureCustomer(book);
    const auto existing = book.invoiceRows();
    const int offset = existing ? int(existing->size()) : 0;
    for (int i = 0; i < count; ++i) {
        Invoice invoice;
        invoice.number = QStringLiteral("W-%1").arg(offset + i);
        invoice.customerId = customerId;
        for (int line = 0; line < 5; ++line) {
            InvoiceLine item;
            item.description = QStringLiteral("Line %1").arg(line);
            item.unitPriceMinor = 1000 * (line + 1);
            item.totalExcludingVatMinor = item.unitPriceMinor;
            item.totalVatMinor = item.unitPriceMinor / 4;
            invoice.lines.append(item);
        }
        if (auto saved = book.saveInvoice(invoice); !saved)
            return fail(saved.error());
        say(QStringLiteral("saved %1").arg(i + 1));
    }
    return 0;
}

int writeJournal(InvoiceBook& book, int count)
{
    const qint64 customerId = ensureCustomer(book);
    auto invoice = book.invoiceByNumber(QStringLiteral("J-1"));
    qint64 invoiceId = invoice && invoice->has_value() ? invoice->value().id : 0;
    if (invoiceId == 0) {
        Invoice fresh;
        fresh.number = QStringLiteral("J-1");
        fresh.customerId = customerId;
        fresh.totalWithoutLinesMinor = 10000;
        auto saved = book.saveInvoice(fresh);
        if (!saved)
            return fail(saved.error());
        invoiceId = saved->id;
    }
    int step = 0;
    for (int i = 0; i < count; ++i) {
        PaymentAttempt draft;
        draft.amountMinor = 10000;
        auto attempt =
            book.createAttempt(invoiceId, draft, QStringLiteral("crash"), [](const PaymentAttempt& stored) {
                JournalEntry create;
                create.kind = JournalKind::CreatePayment;
                create.idempotencyKey = QStringLiteral("create-") + stored.reference;
                create.bodyHash = JournalEntry::hashBody(stored.reference.toUtf8());
                create.amountMinor = stored.amountMinor;
                JournalEntry category = create;
                category.kind = JournalKind::SetCategory;
                category.idempotencyKey = QStringLiteral("category-") + stored.reference;
                return QList<JournalEntry>{create, category};
            });
        if (!attempt)
            return fail(attempt.error());
        say(QStringLiteral("step %1").arg(++step));
        const auto entries = book.journalFor(attempt->reference);
        if (!entries)
            return fail(entries.error());
        for (const JournalEntry& entry : entries.value()) {
            if (auto sent = book.markJournal(entry.id, JournalState::Sent, {}, {}); !sent)
                return fail(sent.error());
            say(QStringLiteral("step %1").arg(++step));
            const JournalState outcome = i % 3 == 0 ? JournalState::Failed : JournalState::Confirmed;
            if (auto settled =
                    book.markJournal(entry.id, outcome, QStringLiteral("done"), QStringLiteral("t"));
                !settled)
                return fail(settled.error());
            say(QStringLiteral("step %1").arg(++step));
        }
        PaymentAttempt sent = attempt.value();
        sent.phase = AttemptPhase::Sent;
        sent.vippsState = VippsState::Created;
        if (auto updated = book.updateAttempt(sent); !updated)
            return fail(updated.error());
        say(QStringLiteral("step %1").arg(++step));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: book_writer import|invoices|journal <book> <csv|count>\n", stderr);
        return 1;
    }
    SystemClock clock;
    auto opened = InvoiceBook::open(args.at(2), clock);
    if (!opened)
        return fail(opened.error());
    InvoiceBook& book = *opened.value();
    const QString mode = args.at(1);
    if (mode == QLatin1String("import")) {
        const CsvImportPreview preview = InvoiceCsvImporter().previewFile(args.at(3));
        say(QStringLiteral("parsed %1").arg(preview.rows.size()));
        auto result =
            book.import(preview, [](int done, int) { say(QStringLiteral("progress %1").arg(done)); });
        if (!result)
            return fail(result.error());
        say(QStringLiteral("imported %1").arg(result->imported));
        return 0;
    }
    if (mode == QLatin1String("invoices"))
        return writeInvoices(book, args.at(3).toInt());
    if (mode == QLatin1String("journal"))
        return writeJournal(book, args.at(3).toInt());
    std::fputs("unknown mode\n", stderr);
    return 1;
}
