// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/merchantkeys.h"

#include <QString>

#include <chrono>

namespace InvoiceDesk::Sandbox {

// What Vipps has configured for one sales unit (MSN), plus its keys for this sandbox.
struct MerchantSettings {
    Vipps::MerchantKeys keys;
    QString currency = QStringLiteral("NOK"); // the market: NOK, DKK or EUR
    bool pushAllowed = true;                  // PUSH_MESSAGE (skip landing page); else 5080
    bool longLivingAllowed = true;            // expiresAt; else 5050
    std::chrono::seconds maxExpiry = std::chrono::hours(24 * 60); // the unit's expiresAt cap; else 6110

    QString msn() const { return keys.merchantSerialNumber; }
};

} // namespace InvoiceDesk::Sandbox
