// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demobook.h"

namespace InvoiceDesk::Ui {

namespace {

struct DemoInvoice {
    const char* number;
    int customer;      // index into the customers below
    qint64 totalMinor; // VAT included
    int dueInDays;
    const char* line;
};

constexpr DemoInvoice demoInvoices[] = {
    {"10001", 0, 125000, 14, "Window cleaning, March"},
    {"10002", 1, 49900, 10, "Subscription, quarter 2"},
    {"10003", 2, 312550, 30, "Garden maintenance"},
    {"10004", 3, 8900, -5, "Late fee"},
    {"10005", 0, 99000, 7, "Gutter cleaning"},
    {"10006", 4, 215000, 21, "Painting, hallway"},
    {"10007", 1, 18750, -12, "Key copies"},
    {"10008", 2, 74500, 3, "Snow clearing, January"},
};

} // namespace

Storage::StorageResult<int> addDemoInvoices(Storage::InvoiceBook& book,
                                            const QList<Sandbox::SimulatedUser>& users, Clock& clock)
{
    const auto existing = book.invoiceRows();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty() || users.isEmpty())
        return 0;

    // The first demo users have a consented number (push); the rest are known by name only, so that
    // the link flow and "learn the number" can be tried on them.
    QList<Customer> customers;
    for (int i = 0; i < 5 && i < users.size(); ++i) {
        const Sandbox::SimulatedUser& user = users.at(i);
        Customer customer;
        customer.customerNumber = QStringLiteral("C%1").arg(100 + i);
        customer.name = user.name();
        customer.email = user.email;
        auto saved = book.saveCustomer(customer);
        if (!saved)
            return saved.error();
        if (i < 2) {
            const PhoneNumber phone = PhoneNumber::fromStoredMsisdn(user.msisdn);
            const PushConsent consent{clock.now(), PushConsent::Source::EnteredByStaff,
                                      QStringLiteral("demo")};
            if (auto recorded = book.recordPushConsent(saved->id, phone, consent); !recorded)
                return recorded.error();
        }
        customers.append(*saved);
    }

    int added = 0;
    const QDate today = clock.now().toLocalTime().date();
    for (const DemoInvoice& demo : demoInvoices) {
        if (demo.customer >= customers.size())
            continue;
        Invoice invoice;
        invoice.number = QLatin1String(demo.number);
        invoice.customerId = customers.at(demo.customer).id;
        invoice.issueDate = today.addDays(demo.dueInDays - 14);
        invoice.dueDate = today.addDays(demo.dueInDays);
        invoice.description = QLatin1String(demo.line);
        InvoiceLine line;
        line.description = QLatin1String(demo.line);
        line.vatRateBasisPoints = 2500;
        line.totalExcludingVatMinor = demo.totalMinor * 4 / 5;
        line.totalVatMinor = demo.totalMinor - line.totalExcludingVatMinor;
        line.unitPriceMinor = line.totalExcludingVatMinor;
        invoice.lines = {line};
        if (auto saved = book.saveInvoice(invoice); !saved)
            return saved.error();
        ++added;
    }
    return added;
}

} // namespace InvoiceDesk::Ui
