// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/money.h"

#include <QRegularExpression>

#include <cstdlib>

namespace InvoiceDesk {

namespace {

QString plainDigits(qint64 minor)
{
    const qint64 whole = std::llabs(minor) / 100;
    const qint64 cents = std::llabs(minor) % 100;
    return QString::number(whole) + QLatin1Char('.') +
           QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

QString Money::toPlainString() const
{
    return (m_minor < 0 ? QStringLiteral("-") : QString()) + plainDigits(m_minor);
}

QString Money::toDisplayString(const QLocale& locale) const
{
    const qint64 whole = std::llabs(m_minor) / 100;
    const qint64 cents = std::llabs(m_minor) % 100;
    const QString number = locale.toString(qlonglong(whole)) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : m_currency;
    return sign + symbol + QChar(0x00A0) + number;
}

std::optional<Money> Money::parse(const QString& input, const QString& currency)
{
    QString text = input.trimmed();
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.isEmpty())
        return std::nullopt;

    // With both '.' and ',' present the last one separates decimals and the other groups thousands.
    // With one kind only: used once with one or two digits after it, it separates decimals;
    // otherwise it groups thousands ("1.234" is one thousand two hundred and thirty-four).
    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    QString whole = text;
    QString fraction;
    QChar group;
    if (lastDot >= 0 && lastComma >= 0) {
        const qsizetype decimal = std::max(lastDot, lastComma);
        whole = text.left(decimal);
        fraction = text.mid(decimal + 1);
        group = text.at(decimal) == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        if (text.count(sep) == 1 && text.size() - at - 1 <= 2) {
            whole = text.left(at);
            fraction = text.mid(at + 1);
        } else {
            group = sep;
        }
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{0,2}$"));
    if (!digits.match(fraction).hasMatch() ||
        (fraction.isEmpty() && whole.size() < text.size() && group.isNull()))
        return std::nullopt;
    if (!group.isNull()) {
        const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(\\%1\\d{3})*$").arg(group));
        if (!grouped.match(whole).hasMatch())
            return std::nullopt;
        whole.remove(group);
    }
    static const QRegularExpression plain(QStringLiteral("^\\d{1,15}$"));
    if (!plain.match(whole).hasMatch())
        return std::nullopt;
    fraction = fraction.leftJustified(2, QLatin1Char('0'));

    bool okWhole = false;
    bool okFraction = false;
    const qint64 minor = whole.toLongLong(&okWhole) * 100 + fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction)
        return std::nullopt;
    return Money(negative ? -minor : minor, currency);
}

} // namespace InvoiceDesk
