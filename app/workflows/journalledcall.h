// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/futures.h"
#include "storage/invoicebook.h"
#include "vipps/result.h"
#include "workflows/workflowerror.h"

#include <QObject>

#include <functional>

namespace InvoiceDesk::Workflows {

// Runs one Vipps mutation under its journal entry, which was written (Pending) before this is
// called: marked Sent just before the request leaves, then Confirmed or Failed by the answer. When no
// answer came (network, timeout, 5xx after every retry) the entry stays Sent: Vipps may have applied
// it, and only asking Vipps, or repeating it with the same key, can tell.
template<typename T>
QFuture<WorkflowResult<T>> runJournalled(QObject* context, Storage::InvoiceBook& book,
                                         const Storage::JournalEntry& entry,
                                         const std::function<QFuture<Vipps::Result<T>>()>& call)
{
    if (auto marked = book.markJournal(entry.id, Storage::JournalState::Sent, {}, {}); !marked)
        return readyFuture<WorkflowResult<T>>(WorkflowError::fromStorage(marked.error()));

    Completion<WorkflowResult<T>> completion;
    const qint64 entryId = entry.id;
    call().then(context, [&book, entryId, completion](Vipps::Result<T> result) {
        if (result) {
            book.markJournal(entryId, Storage::JournalState::Confirmed, QStringLiteral("ok"), {});
            completion.finish(std::move(result).value());
            return;
        }
        const Vipps::Error& error = result.error();
        if (!error.isTransient())
            book.markJournal(entryId, Storage::JournalState::Failed, error.detail(), error.traceId());
        completion.finish(WorkflowError::fromVipps(error));
    });
    return completion.future();
}

} // namespace InvoiceDesk::Workflows
