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
    const QString busy =
        QCoreApplication::translate("InvoiceDesk::Storage", "The invoice book is busy or cannot be written.");
    // A Synced transaction sets FULL itself too, so its fsync never depends on an earlier Unsynced
    // transaction having put the level back.
    QSqlQuery level(m_book.database());
    if (!level.exec(m_durability == Durability::Synced ? QStringLiteral("PRAGMA synchronous = FULL")
                                                       : QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        m_error = m_book.errorFrom(busy, level);
        return;
    }
    level.finish();
    QSqlQuery begin(m_book.database());
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_error = m_book.errorFrom(busy, begin);
        restoreSync();
    }
}

InvoiceBook::Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_book.database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        restoreSync();
    }
}

void InvoiceBook::Transaction::restoreSync()
{
    if (m_durability == Durability::Unsynced) {
        QSqlQuery restore(m_book.database());
        restore.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

StorageResult<Done> InvoiceBook::Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery commitQuery(m_book.database());
    if (!commitQuery.exec(QStringLiteral("COMMIT")))
        return m_book.errorFrom(
            QCoreApplication::translate("InvoiceDesk::Storage", "The change could not be saved."),
            commitQuery);
    m_active = false;
    restoreSync();
    return Done{};
}

} // namespace InvoiceDesk::Storage
