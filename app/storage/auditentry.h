// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace InvoiceDesk::Storage {

// One line of the audit log: who did what to which invoice, and how it went. Append-only.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;         // filled in from the book's clock when null
    QString actor;        // the staff member, or "system" for background checks
    QString action;       // "send-push", "capture", "record-consent", "import", ...
    qint64 invoiceId = 0; // 0 when not about one invoice
    QString reference;
    QString result; // "ok", or what went wrong
    QString traceId;
    QString detail;

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

} // namespace InvoiceDesk::Storage
