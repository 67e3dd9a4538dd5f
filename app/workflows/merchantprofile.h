// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/environment.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace InvoiceDesk::Workflows {

// Everything InvoiceDesk knows about one merchant (sales unit) except its secrets, which live in the
// OS keychain. Staff edit it in Settings; the CLI picks it with --profile.
struct MerchantProfile {
    QString name = QStringLiteral("Demo");
    Vipps::EnvironmentKind environment = Vipps::EnvironmentKind::Sandbox;
    QUrl customBaseUrl; // only for EnvironmentKind::Custom
    QString merchantSerialNumber;
    QString clientId; // not secret, but also kept in the keychain with the others
    QString systemName = QStringLiteral("invoicedesk");
    // "{number}" is replaced by the invoice number, "{reference}" by the payment reference.
    QString invoiceLinkTemplate = QStringLiteral("https://invoices.example.com/{number}");
    QUrl returnUrl = QUrl(QStringLiteral("https://invoices.example.com/thanks"));
    QString referencePrefix = QStringLiteral("inv");
    QString orderCategory = QStringLiteral("GENERAL");
    QString language = QStringLiteral("nb"); // the language of texts sent to customers
    QString currency = QStringLiteral("NOK");
    std::chrono::hours defaultExpiry{24 * 7};
    // The longest expiry Vipps has allowed this sales unit (60 days at most; Norway: 24 hours
    // unless agreed otherwise). Requests are never sent with a later expiresAt.
    std::chrono::hours maximumExpiry{24 * 28};
    bool captureAutomatically = true; // invoices are for something already delivered
    // The name its invoice book (and the Sandbox's state beside it) is filed under: the profile's
    // name when it was first saved, kept when staff rename the profile, so that a renamed profile
    // still opens its own invoices. Empty until the profile is first saved; bookName() is the one
    // to use.
    QString storedBookName;

    QString bookName() const { return storedBookName.isEmpty() ? name : storedBookName; }

    friend bool operator==(const MerchantProfile&, const MerchantProfile&) = default;
};

} // namespace InvoiceDesk::Workflows
