// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace InvoiceDesk::Vipps {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)  // invoicedesk.vipps.http: every request and reply, redacted
Q_DECLARE_LOGGING_CATEGORY(lcToken) // invoicedesk.vipps.token: token fetches and refreshes
Q_DECLARE_LOGGING_CATEGORY(lcRetry) // invoicedesk.vipps.retry: retries, backoff and rate budget waits

} // namespace InvoiceDesk::Vipps
