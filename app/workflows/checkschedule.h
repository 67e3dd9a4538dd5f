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

// The first check of a request found open at start-up. Scheduling every one of them one interval
// from now would make thousands of requests fall due in the same minute, and each answer schedules
// the next check one interval later, so they would stay bunched for good. Instead each first check
// lands somewhere in [now, now + interval), at a point fixed by a hash of the reference: spread
// evenly, and the same on every start and in every test. The look just after expiry is kept.
QDateTime firstCheckAt(const PaymentAttempt& attempt, const QDateTime& now);

} // namespace InvoiceDesk::Workflows
