// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httpresponse.h"
#include "sandbox/sandboxstore.h"

#include <QHash>
#include <QString>

#include <optional>

namespace InvoiceDesk::Sandbox {

// The answer given to each Idempotency-Key, per MSN, so a retry gets exactly the same answer and
// changes nothing. 4xx answers stick to their key too; 5xx answers are not remembered.
class IdempotencyStore {
public:
    struct Record {
        QString operation; // create, cancel, capture, refund
        QString reference;
        QByteArray bodyHash;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    explicit IdempotencyStore(SandboxStore& store);

    std::optional<Record> find(const QString& msn, const QString& key) const;
    void remember(const QString& msn, const QString& key, const Record& record);
    static QByteArray hashOf(const QByteArray& body);

private:
    SandboxStore& m_store;
    QHash<QString, Record> m_records;
};

} // namespace InvoiceDesk::Sandbox
