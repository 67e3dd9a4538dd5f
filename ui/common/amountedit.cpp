// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/amountedit.h"

#include "invoices/money.h"

namespace InvoiceDesk::Ui {

AmountEdit::AmountEdit(QString currency, QWidget* parent)
    : QLineEdit(parent)
    , m_currency(std::move(currency))
{
    setAccessibleName(tr("Amount in %1").arg(m_currency));
    connect(this, &QLineEdit::textChanged, this, &AmountEdit::check);
}

void AmountEdit::setRange(qint64 minimumMinor, qint64 maximumMinor)
{
    m_minimum = minimumMinor;
    m_maximum = maximumMinor;
    setToolTip(tr("Between %1 and %2")
                   .arg(Money(minimumMinor, m_currency).toDisplayString(locale()),
                        Money(maximumMinor, m_currency).toDisplayString(locale())));
    check();
}

void AmountEdit::setAmount(qint64 minor)
{
    // Plain digits with the locale's decimal sign: what Money::parse reads back exactly.
    const qint64 whole = minor / 100;
    const qint64 cents = minor % 100;
    setText(QString::number(whole) + locale().decimalPoint() +
            QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0')));
}

std::optional<qint64> AmountEdit::amount() const
{
    const auto money = Money::parse(text().trimmed(), m_currency);
    if (!money || money->minorUnits() < m_minimum || money->minorUnits() > m_maximum)
        return std::nullopt;
    return money->minorUnits();
}

void AmountEdit::check()
{
    const bool valid = amount().has_value();
    if (valid == m_valid)
        return;
    m_valid = valid;
    setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    Q_EMIT validityChanged(valid);
}

} // namespace InvoiceDesk::Ui
