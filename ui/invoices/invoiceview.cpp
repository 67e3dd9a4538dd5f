// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoiceview.h"

#include <QCoreApplication>

namespace InvoiceDesk::Ui {

namespace {

// Staff must act: the customer paid and the money waits to be captured, or the request went nowhere.
bool needsAttention(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
    case InvoiceStatus::Failed:
    case InvoiceStatus::Expired:
    case InvoiceStatus::Declined:
        return true;
    case InvoiceStatus::Draft:
    case InvoiceStatus::AwaitingCustomer:
    case InvoiceStatus::Captured:
    case InvoiceStatus::PartlyRefunded:
    case InvoiceStatus::Refunded:
    case InvoiceStatus::Cancelled:
        return false;
    }
    return false;
}

// Money is still to come in. A reservation (Paid) is not money in the merchant's account until it is
// captured, and it can run out, so a reserved invoice past its due date still counts as overdue.
bool canBeOverdue(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
    case InvoiceStatus::AwaitingCustomer:
    case InvoiceStatus::Paid:
    case InvoiceStatus::Expired:
    case InvoiceStatus::Declined:
    case InvoiceStatus::Failed:
        return true;
    case InvoiceStatus::Captured:
    case InvoiceStatus::PartlyRefunded:
    case InvoiceStatus::Refunded:
    case InvoiceStatus::Cancelled:
        return false;
    }
    return false;
}

// The customer has paid: reserved, captured, or captured and partly given back.
bool isPaid(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
    case InvoiceStatus::Captured:
    case InvoiceStatus::PartlyRefunded:
        return true;
    case InvoiceStatus::Draft:
    case InvoiceStatus::AwaitingCustomer:
    case InvoiceStatus::Refunded:
    case InvoiceStatus::Expired:
    case InvoiceStatus::Declined:
    case InvoiceStatus::Cancelled:
    case InvoiceStatus::Failed:
        return false;
    }
    return false;
}

// Nothing more will happen: all money given back, or the merchant called the request off.
bool isClosed(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Refunded:
    case InvoiceStatus::Cancelled:
        return true;
    case InvoiceStatus::Draft:
    case InvoiceStatus::AwaitingCustomer:
    case InvoiceStatus::Paid:
    case InvoiceStatus::Captured:
    case InvoiceStatus::PartlyRefunded:
    case InvoiceStatus::Expired:
    case InvoiceStatus::Declined:
    case InvoiceStatus::Failed:
        return false;
    }
    return false;
}

} // namespace

QList<InvoiceView> allInvoiceViews()
{
    return {InvoiceView::All,     InvoiceView::NeedsAttention, InvoiceView::AwaitingCustomer,
            InvoiceView::Overdue, InvoiceView::Paid,           InvoiceView::Drafts,
            InvoiceView::Closed};
}

QString invoiceViewDisplayName(InvoiceView view)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("InvoiceDesk::Ui", text);
    };
    switch (view) {
    case InvoiceView::All:
        return tr("All invoices");
    case InvoiceView::NeedsAttention:
        return tr("Needs attention");
    case InvoiceView::AwaitingCustomer:
        return tr("Awaiting customer");
    case InvoiceView::Overdue:
        return tr("Overdue");
    case InvoiceView::Paid:
        return tr("Paid");
    case InvoiceView::Drafts:
        return tr("Drafts");
    case InvoiceView::Closed:
        return tr("Closed");
    }
    return {};
}

bool invoiceMatchesView(const Storage::InvoiceRow& row, InvoiceView view, QDate today)
{
    switch (view) {
    case InvoiceView::All:
        return true;
    case InvoiceView::NeedsAttention:
        return needsAttention(row.status);
    case InvoiceView::AwaitingCustomer:
        return row.status == InvoiceStatus::AwaitingCustomer;
    case InvoiceView::Overdue:
        // Due on the day itself is not yet overdue; an invoice without a due date never is.
        return row.dueDate.isValid() && today.isValid() && row.dueDate < today && canBeOverdue(row.status);
    case InvoiceView::Paid:
        return isPaid(row.status);
    case InvoiceView::Drafts:
        return row.status == InvoiceStatus::Draft;
    case InvoiceView::Closed:
        return isClosed(row.status);
    }
    return false;
}

} // namespace InvoiceDesk::Ui
