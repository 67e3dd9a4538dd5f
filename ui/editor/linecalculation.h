// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoice.h"

#include <QString>

#include <optional>

namespace InvoiceDesk::Ui {

// The totals of an invoice line in whole minor units, from a decimal quantity, a unit price in
// minor units and a VAT rate in basis points. Integer arithmetic only: the net amount is rounded
// half away from zero to the minor unit, and the VAT is computed from the rounded net amount, so
// that the printed line adds up.
class LineCalculation {
public:
    static constexpr int MaximumQuantityDecimals = 3;

    // "2", "1,5", "0.125" → "2", "1.5", "0.125"; nullopt for anything else (negative, more than
    // three decimals, empty).
    static std::optional<QString> normalizeQuantity(const QString& text);
    // Fills totalExcludingVatMinor and totalVatMinor; false when the quantity is not valid or the
    // amounts would not fit.
    static bool computeTotals(InvoiceLine& line);
};

} // namespace InvoiceDesk::Ui
