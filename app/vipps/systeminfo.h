// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Vipps {

// The four Vipps-System-* header values. Vipps asks for at most 30 characters each; the request
// factory truncates longer values rather than sending a request the API would reject.
struct SystemInfo {
    QString name = QStringLiteral("invoicedesk");
    QString version = QStringLiteral(INVOICEDESK_VERSION);
    QString pluginName = QStringLiteral("invoicedesk-desktop");
    QString pluginVersion = QStringLiteral(INVOICEDESK_VERSION);
};

} // namespace InvoiceDesk::Vipps
