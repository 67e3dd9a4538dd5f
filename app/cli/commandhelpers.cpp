// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandhelpers.h"

#include <QRegularExpression>

namespace InvoiceDesk::Cli {

std::optional<qint64> parseMinorUnits(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 value = text.toLongLong();
    return value > 0 ? std::optional(value) : std::nullopt;
}

QString formatAmount(qint64 minorUnits, const QString& currency)
{
    const qint64 whole = minorUnits / 100;
    const qint64 fraction = (minorUnits < 0 ? -minorUnits : minorUnits) % 100;
    return QStringLiteral("%1.%2 %3").arg(whole).arg(fraction, 2, 10, QLatin1Char('0')).arg(currency);
}

} // namespace InvoiceDesk::Cli
