// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandcontext.h"
#include "workflows/workflowservices.h"

#include <QFuture>

#include <functional>

namespace InvoiceDesk::Cli {

// Runs `action` with the workflows of the command's profile: the invoice book, a Vipps connection
// with the resolved keys, and the journal recovery done first, so a command run after a crash (or
// a killed bulk send) first settles what was left unfinished, with the original idempotency keys.
// Nothing is captured automatically, and nothing is left running in the background when `action`
// ends: the process ends with it.
QFuture<int> withWorkflows(CommandContext& context,
                           std::function<QFuture<int>(Workflows::WorkflowServices&)> action);

} // namespace InvoiceDesk::Cli
