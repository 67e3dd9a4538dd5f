// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Vipps {

// The four values that identify a sales unit to Vipps. The last two are secrets: they live in the
// OS keychain or in memory and are never written to the database, settings or logs.
struct MerchantKeys {
    QString merchantSerialNumber;
    QString clientId;
    QString clientSecret;
    QString subscriptionKey;

    bool isComplete() const
    {
        return !merchantSerialNumber.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() &&
               !subscriptionKey.isEmpty();
    }
};

} // namespace InvoiceDesk::Vipps
