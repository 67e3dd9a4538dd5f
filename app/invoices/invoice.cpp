// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoice.h"

namespace InvoiceDesk {

Money Invoice::total() const
{
    if (lines.isEmpty())
        return {totalWithoutLinesMinor, currency};
    qint64 sum = 0;
    for (const InvoiceLine& line : lines)
        sum += line.totalMinor();
    return {sum, currency};
}

Money Invoice::totalVat() const
{
    qint64 sum = 0;
    for (const InvoiceLine& line : lines)
        sum += line.totalVatMinor;
    return {sum, currency};
}

bool isSupportedCurrency(const QString& code)
{
    return code == QLatin1String("NOK") || code == QLatin1String("DKK") || code == QLatin1String("EUR");
}

} // namespace InvoiceDesk
