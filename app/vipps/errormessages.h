// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Vipps::ErrorMessages {

// Staff-facing text for a Vipps ePayment error code: what happened and what to do.
// Empty for codes InvoiceDesk does not know, so the caller falls back to the error kind's text.
// The codes: https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors
QString forCode(int code);

} // namespace InvoiceDesk::Vipps::ErrorMessages
