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
    QString databaseFile(const QString& profileName) const;

    static QString fromEnvironment(const QString& commandLineValue);

private:
    QString m_dataDirectory;
};

} // namespace InvoiceDesk::Storage
