// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <optional>

namespace InvoiceDesk::Ui {

// A line edit for an amount of money as people type it ("1 234,50"), read back as minor units with
// Money::parse: never through a floating-point value.
class AmountEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit AmountEdit(QString currency, QWidget* parent = nullptr);

    void setRange(qint64 minimumMinor, qint64 maximumMinor);
    void setAmount(qint64 minor);
    // The typed amount when it parses and lies within the range.
    std::optional<qint64> amount() const;

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void check();

    QString m_currency;
    qint64 m_minimum = 0;
    qint64 m_maximum = std::numeric_limits<qint64>::max();
    bool m_valid = true;
};

} // namespace InvoiceDesk::Ui
