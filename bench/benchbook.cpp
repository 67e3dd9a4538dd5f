// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchbook.h"

#include "storage/invoicecsvimporter.h"

#include <QElapsedTimer>

#include <cstdio>

namespace InvoiceDesk::Bench {

BenchBook makeBenchBook(const QString& file, Clock& clock, int count, int customers)
{
    BenchBook result;
    auto opened = Storage::InvoiceBook::open(file, clock);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(opened.error().message));
        return result;
    }
    result.book = std::move(opened).value();
    // National numbers of the sandbox's Norwegian users.
    const char* const phones[] = {"91234567", "48123456", "90000001", "90000002"};
    const QString due = clock.now().date().addDays(14).toString(QStringLiteral("dd.MM.yyyy"));
    QByteArray csv = "Fakturanr;Kundenavn;Kundenummer;Mobil;Bel\xC3\xB8p;Forfallsdato;Beskrivelse\r\n";
    csv.reserve(count * 64);
    for (int i = 0; i < count; ++i) {
        const int customer = i % customers;
        csv += QStringLiteral("%1;Kunde %2;K%2;%3;%4,00;%5;Konsulenttimer %1\r\n")
                   .arg(100001 + i)
                   .arg(customer + 1)
                   .arg(QLatin1String(phones[customer % 4]))
                   .arg(100 + i % 900)
                   .arg(due)
                   .toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    const auto preview = Storage::InvoiceCsvImporter().preview(csv);
    const auto imported = result.book->import(preview);
    result.importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported || imported->imported != count) {
        std::fprintf(stderr, "import failed: %s\n",
                     imported ? qPrintable(QStringLiteral("%1 imported").arg(imported->imported))
                              : qPrintable(imported.error().message));
        result.book.reset();
        return result;
    }
    const auto all = result.book->customers();
    for (const Customer& customer : *all) {
        const PushConsent consent{clock.now(), PushConsent::Source::EnteredByStaff, QStringLiteral("Bench")};
        if (!result.book->recordPushConsent(customer.id, customer.phone, consent)) {
            result.book.reset();
            return result;
        }
    }
    const auto rows = result.book->invoiceRows();
    for (const auto& row : *rows)
        result.invoiceIds.append(row.invoiceId);
    return result;
}

} // namespace InvoiceDesk::Bench
