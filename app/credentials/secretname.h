// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/environment.h"

#include <QString>

namespace InvoiceDesk::Credentials {

// Which secret of which merchant: the keychain entry is named "invoicedesk:<environment>:<msn>:<what>".
// The whole identity is in the key because on Windows the credential store has no separate service.
enum class SecretKind { ClientId, ClientSecret, SubscriptionKey };

struct SecretName {
    Vipps::EnvironmentKind environment;
    QString merchantSerialNumber;
    SecretKind kind;

    static QString serviceName();
    QString key() const;
};

} // namespace InvoiceDesk::Credentials
