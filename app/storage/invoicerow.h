// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoicestatus.h"
#include "invoices/paymentattempt.h"
#include "invoices/phonenumber.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace InvoiceDesk::Storage {

// One invoice as the invoice list shows it: read in one query for the whole book.
struct InvoiceRow {
    qint64 invoiceId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    PhoneNumber customerPhone;
    bool customerHasConsent = false;
    QString currency;
    qint64 totalMinor = 0;
    QDate issueDate;
    QDate dueDate;
    QString description;
    QUrl link;
    InvoiceStatus status = InvoiceStatus::Draft;
    int attemptCount = 0;
    // The latest attempt (highest sequence), empty when there is none.
    QString latestReference;
    PaymentFlow latestFlow = PaymentFlow::Push;
    VippsState latestVippsState = VippsState::Unknown;
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0;
    QDateTime latestExpiresAt;
    QDateTime lastCheckedAt;

    friend bool operator==(const InvoiceRow&, const InvoiceRow&) = default;
};

} // namespace InvoiceDesk::Storage
