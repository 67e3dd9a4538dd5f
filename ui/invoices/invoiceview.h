// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/invoicerow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace InvoiceDesk::Ui {

// The ready-made views of the invoice list: what staff usually look for. Views may overlap (an
// invoice can be overdue and need attention); All holds every invoice.
enum class InvoiceView { All, NeedsAttention, AwaitingCustomer, Overdue, Paid, Drafts, Closed };

// Every view, in the order of the enum (the order of the side panel).
QList<InvoiceView> allInvoiceViews();
// Translated name for people ("Needs attention").
QString invoiceViewDisplayName(InvoiceView view);
// Whether the invoice belongs in the view. `today` is only used by Overdue: it is passed in so that
// the answer does not depend on when it is asked.
bool invoiceMatchesView(const Storage::InvoiceRow& row, InvoiceView view, QDate today);

} // namespace InvoiceDesk::Ui
