// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Workflows {

// Idempotency keys are derived from the business operation, not drawn at random, so that the same
// operation after a crash carries the same key: "create-<reference>", "capture-<reference>-<n>".
// Vipps allows at most 50 characters; longer references are shortened with a stable hash.
QString idempotencyKey(const QString& operation, const QString& reference, int sequence = 0);

} // namespace InvoiceDesk::Workflows
