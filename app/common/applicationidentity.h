// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace InvoiceDesk {

// Names the running program InvoiceDesk (organization and application), as QStandardPaths and
// QSettings see it. The desktop application and invoicedesk-cli both call it first thing, so that
// without --data-dir they keep their invoice books in the same folder: a script sees the books
// staff work in.
void setApplicationIdentity();

} // namespace InvoiceDesk
