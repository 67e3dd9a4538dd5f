// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/phonenumber.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace InvoiceDesk {

// The customer's agreement to receive payment requests in the Vipps app, which push requests need.
struct PushConsent {
    enum class Source { EnteredByStaff, SharedThroughVipps };
    QDateTime givenAt;
    Source source = Source::EnteredByStaff;
    QString recordedBy; // the staff member's name, or the payment reference it was shared through

    friend bool operator==(const PushConsent&, const PushConsent&) = default;
};

struct Customer {
    qint64 id = 0;          // 0 until stored
    QString customerNumber; // the merchant's own number, when the accounting system has one
    QString name;
    QString email;
    PhoneNumber phone;
    std::optional<PushConsent> consent;

    bool canReceivePush() const { return phone.isValid() && consent.has_value(); }

    friend bool operator==(const Customer&, const Customer&) = default;
};

} // namespace InvoiceDesk
