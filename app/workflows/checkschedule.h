// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"

#include <QDateTime>

namespace InvoiceDesk::Workflows {

// When to ask Vipps about an open request next: soon after sending (Vipps suggests a first look after
// five seconds), then less and less often as it ages, and once more just after it expires. The
// shortest interval, five seconds, is twelve reads a minute: far inside the 120 a minute Vipps allows
// per reference.
QDateTime nextCheckAt(const PaymentAttempt& attempt, const QDateTime& now);

} // namespace InvoiceDesk::Workflows
