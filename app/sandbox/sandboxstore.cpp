// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace InvoiceDesk::Sandbox {

SandboxStore::SandboxStore(const QString& file)
    : m_connection(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, "
                           "json TEXT NOT NULL, PRIMARY KEY (kind, key))"))) {
        m_error = query.lastError().text();
        return;
    }
    m_open = true;
}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void SandboxStore::put(const QString& kind, const QString& key, const QJsonObject& record)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, key, json) VALUES (?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        m_error = query.lastError().text();
}

QList<QJsonObject> SandboxStore::all(const QString& kind) const
{
    QList<QJsonObject> records;
    if (!m_open)
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT json FROM records WHERE kind = ? ORDER BY rowid"));
    query.addBindValue(kind);
    if (!query.exec())
        return records;
    while (query.next())
        records.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return records;
}

} // namespace InvoiceDesk::Sandbox
