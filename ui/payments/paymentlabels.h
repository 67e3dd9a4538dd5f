// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"

#include <QString>

namespace InvoiceDesk::Ui {

// Names of payment states and flows for people, in their language.
QString vippsStateDisplayName(VippsState state);
QString paymentFlowDisplayName(PaymentFlow flow);

} // namespace InvoiceDesk::Ui
