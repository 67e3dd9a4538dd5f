// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/workflowerror.h"

namespace InvoiceDesk::Workflows {

WorkflowError WorkflowError::refused(QString message)
{
    return {Kind::Refused, std::move(message)};
}

WorkflowError WorkflowError::fromVipps(const Vipps::Error& error)
{
    WorkflowError result(Kind::Vipps, error.message());
    result.m_vipps = error;
    return result;
}

WorkflowError WorkflowError::fromStorage(const Storage::StorageError& error)
{
    return {Kind::Storage, error.message};
}

} // namespace InvoiceDesk::Workflows
