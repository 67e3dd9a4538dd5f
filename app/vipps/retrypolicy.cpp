// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace InvoiceDesk::Vipps {

std::chrono::milliseconds RetryPolicy::backoff(int retryNumber) const
{
    const int exponent = std::clamp(retryNumber - 1, 0, 20);
    const qint64 full = std::min<qint64>(initialDelay.count() << exponent, maxDelay.count());
    const qint64 half = full / 2;
    const qint64 jitter = half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0;
    return std::chrono::milliseconds(full - half + jitter);
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 423 || httpStatus == 429 || httpStatus >= 500;
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray& value,
                                                                      const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace InvoiceDesk::Vipps
