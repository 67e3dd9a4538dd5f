// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"
#include "storage/auditentry.h"
#include "storage/journalentry.h"

#include <QList>

#include <optional>

namespace InvoiceDesk::Storage {

// One journal entry moved forward (see JournalState).
struct JournalMark {
    qint64 entryId = 0;
    JournalState state = JournalState::Sent;
    QString resultNote; // the entry keeps its note when empty
    QString traceId;    // the entry keeps its trace id when empty
};

// What one step of a workflow changes in the book once Vipps has answered (or just before a request
// leaves): journal marks, the attempt's new state (its invoice's status follows) and the audit
// entries that tell it. InvoiceBook::recordProgress writes all of it in one commit, so a step costs
// one write however much it records.
struct ProgressRecord {
    QList<JournalMark> marks;
    std::optional<PaymentAttempt> attempt;
    QList<AuditEntry> audit;
};

} // namespace InvoiceDesk::Storage
