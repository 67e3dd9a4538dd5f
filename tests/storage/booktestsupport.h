// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers for the storage tests: a real book in a temporary folder and sample values.

#include "common/clock.h"
#include "storage/invoicebook.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// QVERIFY for a StorageResult that prints the error when it fails.
#define QVERIFY_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto& checked_ = (result);                                                                     \
        QVERIFY2(checked_.hasValue(), checked_.hasValue()                                                    \
                                          ? ""                                                               \
                                          : qPrintable(checked_.error().message + QStringLiteral(" / ") +    \
                                                       checked_.error().detail));                            \
    } while (false)

namespace InvoiceDesk::Storage::TestSupport {

inline Customer sampleCustomer(const QString& name = QStringLiteral("Kari Nordmann"))
{
    Customer customer;
    customer.name = name;
    customer.email = QStringLiteral("kari@example.no");
    customer.phone = *PhoneNumber::parse(QStringLiteral("+47 912 34 567"));
    return customer;
}

inline Invoice sampleInvoice(qint64 customerId, const QString& number = QStringLiteral("10001"))
{
    Invoice invoice;
    invoice.number = number;
    invoice.customerId = customerId;
    invoice.issueDate = QDate(2026, 1, 10);
    invoice.dueDate = QDate(2026, 1, 24);
    invoice.description = QStringLiteral("Rørlegger, januar");
    invoice.link = QUrl(QStringLiteral("https://merchant.example/invoices/10001"));
    InvoiceLine work;
    work.description = QStringLiteral("Arbeid");
    work.quantity = QStringLiteral("2.5");
    work.unitPriceMinor = 80000;
    work.totalExcludingVatMinor = 200000;
    work.totalVatMinor = 50000;
    InvoiceLine parts;
    parts.description = QStringLiteral("Deler");
    parts.unitPriceMinor = 12000;
    parts.vatRateBasisPoints = 1500;
    parts.totalExcludingVatMinor = 12000;
    parts.totalVatMinor = 1800;
    invoice.lines = {work, parts};
    return invoice;
}

// Runs one statement on a separate raw connection to the file, as another program (or an attacker
// with a SQLite shell) would, and returns whether SQLite accepted it.
inline bool execRaw(const QString& file, const QString& sql, QString* error = nullptr)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace InvoiceDesk::Storage::TestSupport
