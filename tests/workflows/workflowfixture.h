// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/customer.h"
#include "invoices/invoice.h"
#include "sandbox/sandboxserver.h"
#include "storage/invoicebook.h"
#include "workflows/workflowservices.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// Set-up steps a test cannot go on without; unlike Q_ASSERT they also run in release builds.
#define FIXTURE_REQUIRE(condition)                                                                           \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            qFatal("fixture set-up failed: %s", #condition);                                                 \
    } while (false)

namespace InvoiceDesk::Tests {

// A complete workflow stack for one test: the sandbox on a loopback port, the real service layer, a
// real SQLite book in a temporary folder, and one manual clock shared by all of them.
class WorkflowFixture {
public:
    WorkflowFixture()
        : sandbox(clock)
    {
        FIXTURE_REQUIRE(sandbox.listen());
        FIXTURE_REQUIRE(dir.isValid());
        auto opened = Storage::InvoiceBook::open(dir.filePath(QStringLiteral("book.sqlite")), clock);
        FIXTURE_REQUIRE(opened.hasValue());
        book = std::move(opened).value();
        vipps = std::make_unique<Workflows::VippsServices>(
            network, clock, Vipps::Environment::sandbox(sandbox.baseUrl()), sandbox.demoMerchant());
        profile.merchantSerialNumber = sandbox.demoMerchant().merchantSerialNumber;
        services = std::make_unique<Workflows::WorkflowServices>(*book, *vipps, clock, profile);
    }

    // Waits for a future: the event loop delivers the sandbox's replies, and when nothing arrives for
    // a moment while the workflow waits on the clock (a retry back-off), the clock moves on a step.
    // Time in the workflow never comes from waiting.
    template<typename T>
    T wait(QFuture<T> future, std::chrono::milliseconds clockStep = std::chrono::milliseconds(500))
    {
        QFutureWatcher<T> watcher;
        QElapsedTimer patience;
        patience.start();
        watcher.setFuture(future);
        while (!future.isFinished() && patience.elapsed() < 30000) {
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
            if (!future.isFinished() && clock.pendingCount() > 0)
                clock.advance(clockStep);
        }
        if (!future.isFinished())
            qFatal("a workflow did not finish");
        return future.result();
    }

    Customer addCustomer(const QString& name, const QString& phone = {}, bool consent = false)
    {
        Customer customer;
        customer.name = name;
        customer.email =
            name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com");
        auto saved = book->saveCustomer(customer);
        FIXTURE_REQUIRE(saved.hasValue());
        if (!phone.isEmpty()) {
            const auto number = PhoneNumber::parse(phone);
            FIXTURE_REQUIRE(number);
            PushConsent given{clock.now(), PushConsent::Source::EnteredByStaff, QStringLiteral("Test Staff")};
            if (consent) {
                FIXTURE_REQUIRE(book->recordPushConsent(saved->id, *number, given).hasValue());
            } else {
                Customer withPhone = *saved;
                withPhone.phone = *number;
                saved = book->saveCustomer(withPhone);
            }
        }
        return *book->customer(saved->id);
    }

    Invoice addInvoice(const QString& number, const Customer& customer, qint64 totalMinor)
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customer.id;
        invoice.issueDate = clock.now().date();
        invoice.dueDate = clock.now().date().addDays(14);
        invoice.description = QStringLiteral("Consulting");
        InvoiceLine line;
        line.description = QStringLiteral("Consulting hours");
        line.quantity = QStringLiteral("1");
        line.totalExcludingVatMinor = totalMinor * 4 / 5;
        line.totalVatMinor = totalMinor - line.totalExcludingVatMinor;
        line.unitPriceMinor = line.totalExcludingVatMinor;
        invoice.lines = {line};
        auto saved = book->saveInvoice(invoice);
        FIXTURE_REQUIRE(saved.hasValue());
        return *saved;
    }

    PaymentAttempt latestAttempt(qint64 invoiceId) const { return book->attempts(invoiceId)->constLast(); }
    InvoiceStatus status(qint64 invoiceId) const { return book->invoiceRow(invoiceId)->status; }
    int paymentsAtVipps() const { return int(sandbox.payments().size()); }

    ManualClock clock;
    Sandbox::SandboxServer sandbox;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    std::unique_ptr<Storage::InvoiceBook> book;
    std::unique_ptr<Workflows::VippsServices> vipps;
    Workflows::MerchantProfile profile;
    std::unique_ptr<Workflows::WorkflowServices> services;
};

} // namespace InvoiceDesk::Tests
