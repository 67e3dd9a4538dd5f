// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Storage {

// Where the invoice books live: one SQLite file per merchant profile under the platform's app data
// folder, unless a data directory is given (the CLI's --data-dir, INVOICEDESK_DATA_DIR, tests).
class BookPaths {
public:
    explicit BookPaths(QString dataDirectory = {});

    QString dataDirectory() const { return m_dataDirectory; }
    // The book filed under `bookName` (MerchantProfile::bookName()).
    QString databaseFile(const QString& bookName) const;
    // The merchant profiles and the desktop application's settings, beside the books.
    QString settingsFile() const;
    // Whether two book names lead to the same file (names are made safe for every file system).
    static bool sameBook(const QString& a, const QString& b);

    static QString fromEnvironment(const QString& commandLineValue);

private:
    QString m_dataDirectory;
};

} // namespace InvoiceDesk::Storage
