// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"
#include "storage/storageerror.h"
#include "vipps/error.h"

#include <QString>

#include <optional>

namespace InvoiceDesk::Workflows {

// Why a workflow did not do what staff asked: refused locally with a reason, refused or not answered
// by Vipps, or stopped by the invoice book. message() is always a sentence for staff.
class WorkflowError {
public:
    enum class Kind {
        Refused, // a local rule said no before anything was sent
        Vipps,   // Vipps refused, or could not be reached (see vippsError())
        Storage, // the invoice book could not be read or written
    };

    static WorkflowError refused(QString message);
    static WorkflowError fromVipps(const Vipps::Error& error);
    static WorkflowError fromStorage(const Storage::StorageError& error);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const std::optional<Vipps::Error>& vippsError() const { return m_vipps; }
    // Vipps may have applied the request even though no answer came: the outcome is settled later
    // with the same idempotency key, never by sending something new.
    [[nodiscard]] bool isOutcomeUnknown() const { return m_vipps && m_vipps->isOutcomeUnknown(); }
    QString traceId() const { return m_vipps ? m_vipps->traceId() : QString(); }

private:
    WorkflowError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind m_kind;
    QString m_message;
    std::optional<Vipps::Error> m_vipps;
};

template<typename T>
using WorkflowResult = Expected<T, WorkflowError>;

} // namespace InvoiceDesk::Workflows
