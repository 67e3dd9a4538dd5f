// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace InvoiceDesk {

// An amount of money as an integer count of minor units (øre, cents) and an ISO 4217 currency.
// There is deliberately no conversion from or to floating point anywhere.
class Money {
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isValid() const { return m_currency.size() == 3; }

    // Arithmetic is only defined between amounts of one currency; callers check sameCurrency first.
    bool sameCurrency(const Money& other) const { return m_currency == other.m_currency; }
    Money operator+(const Money& other) const { return {m_minor + other.m_minor, m_currency}; }
    Money operator-(const Money& other) const { return {m_minor - other.m_minor, m_currency}; }

    friend bool operator==(const Money&, const Money&) = default;

    // "1234.50" style, no grouping: for files and logs.
    QString toPlainString() const;
    // For people: "kr 1 234,50" in Norwegian, "NOK 1,234.50" in English.
    QString toDisplayString(const QLocale& locale = QLocale()) const;

    // Parses what accounting systems and people type: "1234.5", "1 234,50", "1.234,50", "1,234.50",
    // "-12". Anything else, or more than two decimals, gives nullopt.
    static std::optional<Money> parse(const QString& text, const QString& currency);

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace InvoiceDesk
