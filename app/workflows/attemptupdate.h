// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"
#include "vipps/paymentdetails.h"

namespace InvoiceDesk::Workflows {

// Vipps' answer, copied onto the local record of the attempt. The aggregate is the only reliable
// record of money movement (state stays AUTHORIZED after capture and refund), so it is copied whole.
VippsState toVippsState(Vipps::PaymentState state);
void applyDetails(PaymentAttempt& attempt, const Vipps::PaymentDetails& details);
void applyModification(PaymentAttempt& attempt, const Vipps::ModificationResult& result);

} // namespace InvoiceDesk::Workflows
