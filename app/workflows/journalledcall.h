// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/futures.h"
#include "storage/invoicebook.h"
#include "vipps/result.h"
#include "workflows/workflowerror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace InvoiceDesk::Workflows {

// Runs one Vipps mutation under its journal entry, which was written (Pending) before this is
// called: marked Sent just before the request leaves, then Confirmed or Failed by the answer. When no
// answer came (network, timeout, 5xx after every retry) the entry stays Sent: Vipps may have applied
// it, and only asking Vipps, or repeating it with the same key, can tell.
// How Vipps' answer settles a journal entry: Confirmed, Failed when Vipps refused it for good, or no
// mark at all when the outcome is unknown and the entry must stay Sent.
template<typename T>
std::optional<Storage::JournalMark> settlingMark(qint64 entryId, const Vipps::Result<T>& result)
{
    if (result)
        return Storage::JournalMark{entryId, Storage::JournalState::Confirmed, QStringLiteral("ok"), {}};
    if (result.error().isOutcomeUnknown())
        return std::nullopt;
    return Storage::JournalMark{entryId, Storage::JournalState::Failed, result.error().detail(),
                                result.error().traceId()};
}

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
        if (const auto mark = settlingMark(entryId, result))
            book.recordProgress({{*mark}, std::nullopt, {}});
        if (result)
            completion.finish(std::move(result).value());
        else
            completion.finish(WorkflowError::fromVipps(result.error()));
    });
    return completion.future();
}

} // namespace InvoiceDesk::Workflows
