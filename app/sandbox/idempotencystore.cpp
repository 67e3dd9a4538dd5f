// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/idempotencystore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kKind = QStringLiteral("idempotency");
QString keyOf(const QString& msn, const QString& key)
{
    return msn + QLatin1Char('/') + key;
}
} // namespace

IdempotencyStore::IdempotencyStore(SandboxStore& store)
    : m_store(store)
{
    const auto records = m_store.all(kKind);
    for (const QJsonObject& json : records) {
        Record record;
        record.operation = json.value(QStringLiteral("operation")).toString();
        record.reference = json.value(QStringLiteral("reference")).toString();
        record.bodyHash = json.value(QStringLiteral("bodyHash")).toString().toLatin1();
        record.status = json.value(QStringLiteral("status")).toInt();
        record.contentType = json.value(QStringLiteral("contentType")).toString().toLatin1();
        record.body = QByteArray::fromBase64(json.value(QStringLiteral("body")).toString().toLatin1());
        m_records.insert(json.value(QStringLiteral("key")).toString(), record);
    }
}

std::optional<IdempotencyStore::Record> IdempotencyStore::find(const QString& msn, const QString& key) const
{
    const auto it = m_records.constFind(keyOf(msn, key));
    return it == m_records.cend() ? std::nullopt : std::optional<Record>(*it);
}

void IdempotencyStore::remember(const QString& msn, const QString& key, const Record& record)
{
    const QString storeKey = keyOf(msn, key);
    m_records.insert(storeKey, record);
    m_store.put(kKind, storeKey,
                {{QStringLiteral("key"), storeKey},
                 {QStringLiteral("operation"), record.operation},
                 {QStringLiteral("reference"), record.reference},
                 {QStringLiteral("bodyHash"), QString::fromLatin1(record.bodyHash)},
                 {QStringLiteral("status"), record.status},
                 {QStringLiteral("contentType"), QString::fromLatin1(record.contentType)},
                 {QStringLiteral("body"), QString::fromLatin1(record.body.toBase64())}});
}

QByteArray IdempotencyStore::hashOf(const QByteArray& body)
{
    // Compare bodies as JSON values, so key order and whitespace do not make a retry "different".
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QByteArray canonical = error.error == QJsonParseError::NoError && !body.trimmed().isEmpty()
                                     ? document.toJson(QJsonDocument::Compact)
                                     : body.trimmed();
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace InvoiceDesk::Sandbox
