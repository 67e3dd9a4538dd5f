// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/linecalculation.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace InvoiceDesk::Ui {

namespace {

// a * b / divisor, rounded half away from zero; nullopt on overflow.
std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 divisor)
{
    qint64 product = 0;
    if (qMulOverflow(a, b, &product))
        return std::nullopt;
    const qint64 quotient = product / divisor;
    const qint64 remainder = product % divisor;
    const qint64 twice = remainder < 0 ? -remainder * 2 : remainder * 2;
    if (twice >= divisor)
        return quotient + (product < 0 ? -1 : 1);
    return quotient;
}

} // namespace

std::optional<QString> LineCalculation::normalizeQuantity(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)(?:[.,]([0-9]{1,3}))?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    QString fraction = match.captured(2);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (whole.size() > 9)
        return std::nullopt;
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

bool LineCalculation::computeTotals(InvoiceLine& line)
{
    const std::optional<QString> quantity = normalizeQuantity(line.quantity);
    if (!quantity)
        return false;
    // The quantity as an integer count of thousandths.
    const qsizetype point = quantity->indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? *quantity : quantity->left(point);
    const QString fraction = point < 0 ? QString() : quantity->mid(point + 1);
    const qint64 thousandths = whole.toLongLong() * 1000 +
                               fraction.leftJustified(MaximumQuantityDecimals, QLatin1Char('0')).toLongLong();
    const auto net = mulDivRounded(line.unitPriceMinor, thousandths, 1000);
    if (!net)
        return false;
    const auto vat = mulDivRounded(*net, line.vatRateBasisPoints, 10000);
    if (!vat)
        return false;
    line.quantity = *quantity;
    line.totalExcludingVatMinor = *net;
    line.totalVatMinor = *vat;
    return true;
}

} // namespace InvoiceDesk::Ui
