// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/logging.h"

namespace InvoiceDesk::Vipps {

Q_LOGGING_CATEGORY(lcHttp, "invoicedesk.vipps.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "invoicedesk.vipps.token", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetry, "invoicedesk.vipps.retry", QtInfoMsg)

} // namespace InvoiceDesk::Vipps
