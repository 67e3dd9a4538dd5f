// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/invoicebook.h"

#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceBook", text);
}

} // namespace

InvoiceBook::InvoiceBook(Clock& clock, QString fileName, QString connectionName)
    : m_clock(clock)
    , m_fileName(std::move(fileName))
    , m_connectionName(std::move(connectionName))
    , m_statements(std::make_unique<StatementCache>(m_connectionName))
{}

InvoiceBook::~InvoiceBook()
{
    // The statements belong to the connection: finalize them before it closes.
    m_statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StorageResult<std::unique_ptr<InvoiceBook>> InvoiceBook::open(const QString& file, Clock& clock)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return StorageError{tr("The SQLite database driver is missing."),
                            QStringLiteral("QSQLITE not available")};
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return StorageError{tr("The folder for the invoice book cannot be created."), info.absolutePath()};

    // One connection per book: two books (or a book and its backup check) never share a handle.
    const QString connectionName =
        QStringLiteral("invoicedesk-book-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<InvoiceBook> book(new InvoiceBook(clock, info.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return StorageError{tr("The invoice book cannot be opened."), db.lastError().text()};
    }
    if (auto configured = book->configureConnection(); !configured)
        return configured.error();
    if (auto migrated = book->migrate(); !migrated)
        return migrated.error();
    return book;
}

StorageResult<std::unique_ptr<InvoiceBook>> InvoiceBook::openProfile(const BookPaths& paths,
                                                                     const QString& bookName, Clock& clock)
{
    return open(paths.databaseFile(bookName), clock);
}

StorageResult<Done> InvoiceBook::configureConnection()
{
    // Reading the schema first turns "file is not a database" into an error here, before WAL is set.
    QSqlQuery probe(database());
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return errorFrom(tr("The file is not an invoice book."), probe);
    probe.finish();

    // WAL: readers never block the writer. FULL sync by default: a committed journal entry survives a
    // power cut, which matters more here than write speed; the writes that may skip the fsync say so
    // (Durability::Unsynced in sqlsupport.h). Foreign keys are off by default in SQLite.
    const QString pragmas[] = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(database());
        if (!query.exec(pragma))
            return errorFrom(tr("The invoice book cannot be opened."), query);
    }
    QSqlQuery mode(database());
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return errorFrom(tr("The invoice book cannot be opened."), mode);
    return Done{};
}

QSqlDatabase InvoiceBook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StorageError InvoiceBook::errorFrom(const QString& message, const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    QString detail = error.text();
    if (detail.trimmed().isEmpty())
        detail = database().lastError().text();
    return StorageError{message, detail};
}

StorageError InvoiceBook::errorFrom(const QString& message) const
{
    return StorageError{message, database().lastError().text()};
}

QString InvoiceBook::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

StorageResult<Done> InvoiceBook::backupTo(const QString& file) const
{
    // VACUUM INTO writes a consistent, compacted copy while the book stays open. It refuses an
    // existing file, so write next to the target and swap it in when complete.
    const QString target = QFileInfo(file).absoluteFilePath();
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            QFile::remove(partial);
            return errorFrom(tr("The backup could not be written."), query);
        }
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return StorageError{tr("The backup could not replace the existing file."), target};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return StorageError{tr("The backup could not be written."), target};
    }
    return Done{};
}

StorageResult<QStringList> InvoiceBook::checkIntegrity() const
{
    QStringList problems;
    QSqlQuery integrity(database());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorFrom(tr("The invoice book could not be checked."), integrity);
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery foreignKeys(database());
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return errorFrom(tr("The invoice book could not be checked."), foreignKeys);
    while (foreignKeys.next())
        problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                             foreignKeys.value(2).toString());
    QSqlQuery lines(database());
    if (!lines.exec(QStringLiteral("SELECT i.number FROM invoices i WHERE i.line_count <> "
                                   "(SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id)")))
        return errorFrom(tr("The invoice book could not be checked."), lines);
    while (lines.next())
        problems << QStringLiteral("invoice %1 has lines missing").arg(lines.value(0).toString());
    return problems;
}

} // namespace InvoiceDesk::Storage
