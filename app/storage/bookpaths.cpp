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

namespace {

// Profile names are typed by people; keep the file name portable on every platform.
QString fileStem(const QString& bookName)
{
    QString safe = bookName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return safe.isEmpty() ? QStringLiteral("default") : safe;
}

} // namespace

QString BookPaths::databaseFile(const QString& bookName) const
{
    return QDir(m_dataDirectory).filePath(fileStem(bookName) + QStringLiteral(".invoicedesk.sqlite"));
}

QString BookPaths::settingsFile() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("invoicedesk.ini"));
}

bool BookPaths::sameBook(const QString& a, const QString& b)
{
    // Case too: Windows and macOS file systems do not tell "Shop" from "shop".
    return fileStem(a).compare(fileStem(b), Qt::CaseInsensitive) == 0;
}

QString BookPaths::fromEnvironment(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    return qEnvironmentVariable("INVOICEDESK_DATA_DIR");
}

} // namespace InvoiceDesk::Storage
