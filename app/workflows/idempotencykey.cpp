// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/idempotencykey.h"

#include <QCryptographicHash>

namespace InvoiceDesk::Workflows {

QString idempotencyKey(const QString& operation, const QString& reference, int sequence)
{
    QString key = operation + QLatin1Char('-') + reference;
    if (sequence > 0)
        key += QLatin1Char('-') + QString::number(sequence);
    constexpr qsizetype maxLength = 50;
    if (key.size() <= maxLength)
        return key;
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return key.left(maxLength - digest.size() - 1) + QLatin1Char('-') + digest;
}

} // namespace InvoiceDesk::Workflows
