// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/checkschedule.h"

namespace InvoiceDesk::Workflows {

QDateTime nextCheckAt(const PaymentAttempt& attempt, const QDateTime& now)
{
    const qint64 age = attempt.createdAt.isValid() ? attempt.createdAt.secsTo(now) : 0;
    qint64 interval = 15 * 60;
    if (age < 60)
        interval = 5;
    else if (age < 5 * 60)
        interval = 15;
    else if (age < 30 * 60)
        interval = 60;
    else if (age < 2 * 3600)
        interval = 5 * 60;
    QDateTime next = now.addSecs(interval);
    // Look again right after the expiry instead of up to fifteen minutes later.
    const QDateTime afterExpiry = attempt.expiresAt.addSecs(5);
    if (attempt.expiresAt.isValid() && afterExpiry > now && afterExpiry < next)
        next = afterExpiry;
    return next;
}

} // namespace InvoiceDesk::Workflows
