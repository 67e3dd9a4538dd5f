// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace InvoiceDesk::Sandbox {

// The sandbox's own SQLite file: a table of JSON records by kind and key, so the whole simulated
// world (payments, idempotency answers, subs, consents, orders, images) survives a restart. With no
// file it lives in an in-memory SQLite database. Secrets (tokens) are never stored.
class SandboxStore {
public:
    explicit SandboxStore(const QString& file = {});
    ~SandboxStore();
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    void put(const QString& kind, const QString& key, const QJsonObject& record);
    QList<QJsonObject> all(const QString& kind) const;

private:
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace InvoiceDesk::Sandbox
