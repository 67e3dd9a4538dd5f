// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace InvoiceDesk::Storage {

QVariant storedDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFromStored(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QVariant storedDate(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QDate dateFromStored(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

InvoiceBook::Transaction::Transaction(const InvoiceBook& book, Durability durability)
    : m_book(book)
    , m_durability(durability)
{
    const auto busy = [] {
        return QCoreApplication::translate("InvoiceDesk::Storage",
                                           "The invoice book is busy or cannot be written.");
    };
    const bool full = m_durability == Durability::Synced;
    if (m_book.m_synchronousFull != full) {
        // Not from the statement cache: SQLite applies PRAGMA synchronous while preparing it, so a
        // kept statement run again would change nothing.
        QSqlQuery level(m_book.database());
        if (!level.exec(full ? QStringLiteral("PRAGMA synchronous = FULL")
                             : QStringLiteral("PRAGMA synchronous = NORMAL"))) {
            m_error = m_book.errorFrom(busy(), level);
            return;
        }
        m_book.m_synchronousFull = full;
    }
    auto beginStatement = m_book.m_statements->take(QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery& begin = beginStatement.query();
    if (begin.exec())
        m_active = true;
    else
        m_error = m_book.errorFrom(busy(), begin);
}

InvoiceBook::Transaction::~Transaction()
{
    if (m_active) {
        auto rollback = m_book.m_statements->take(QStringLiteral("ROLLBACK"));
        rollback.query().exec();
    }
}

StorageResult<Done> InvoiceBook::Transaction::commit()
{
    if (!m_active)
        return m_error;
    {
        auto commitStatement = m_book.m_statements->take(QStringLiteral("COMMIT"));
        QSqlQuery& commitQuery = commitStatement.query();
        if (!commitQuery.exec())
            return m_book.errorFrom(
                QCoreApplication::translate("InvoiceDesk::Storage", "The change could not be saved."),
                commitQuery);
    }
    m_active = false;
    return Done{};
}

} // namespace InvoiceDesk::Storage
