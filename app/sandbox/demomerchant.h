// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/merchantkeys.h"

namespace InvoiceDesk::Sandbox {

// The merchant every new sandbox knows. Its keys are public on purpose: they open nothing but the
// simulator on this computer.
Vipps::MerchantKeys demoMerchantKeys();

} // namespace InvoiceDesk::Sandbox
