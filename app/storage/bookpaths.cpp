// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/bookpaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace InvoiceDesk::Storage {

BookPaths::BookPaths(QString dataDirectory)
    : m_dataDirectory(dataDirectory.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                          : std::move(dataDirectory))
{}

QString BookPaths::databaseFile(const QString& profileName) const
{
    // Profile names are typed by people; keep the file name portable on every platform.
    QString safe = profileName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = QStringLiteral("default");
    return QDir(m_dataDirectory).filePath(safe + QStringLiteral(".invoicedesk.sqlite"));
}

QString BookPaths::fromEnvironment(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    return qEnvironmentVariable("INVOICEDESK_DATA_DIR");
}

} // namespace InvoiceDesk::Storage
