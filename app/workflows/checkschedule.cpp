// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/checkschedule.h"

namespace InvoiceDesk::Workflows {

namespace {

qint64 intervalSeconds(const PaymentAttempt& attempt, const QDateTime& now)
{
    const qint64 age = attempt.createdAt.isValid() ? attempt.createdAt.secsTo(now) : 0;
    if (age < 60)
        return 5;
    if (age < 5 * 60)
        return 15;
    if (age < 30 * 60)
        return 60;
    if (age < 2 * 3600)
        return 5 * 60;
    return 15 * 60;
}

// Look again right after the expiry instead of up to an interval later.
QDateTime notAfterExpiry(const PaymentAttempt& attempt, const QDateTime& now, const QDateTime& next)
{
    const QDateTime afterExpiry = attempt.expiresAt.addSecs(5);
    if (attempt.expiresAt.isValid() && afterExpiry > now && afterExpiry < next)
        return afterExpiry;
    return next;
}

// FNV-1a: small, and unlike qHash the same in every process and on every machine.
quint64 stableHash(const QString& text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint64(quint8(byte));
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace

QDateTime nextCheckAt(const PaymentAttempt& attempt, const QDateTime& now)
{
    return notAfterExpiry(attempt, now, now.addSecs(intervalSeconds(attempt, now)));
}

QDateTime firstCheckAt(const PaymentAttempt& attempt, const QDateTime& now)
{
    const quint64 intervalMs = quint64(intervalSeconds(attempt, now)) * 1000;
    const auto offsetMs = qint64(stableHash(attempt.reference) % intervalMs);
    return notAfterExpiry(attempt, now, now.addMSecs(offsetMs));
}

} // namespace InvoiceDesk::Workflows
