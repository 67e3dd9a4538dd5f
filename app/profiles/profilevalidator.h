// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilefield.h"
#include "workflows/merchantprofile.h"

#include <QCoreApplication>
#include <QList>

#include <chrono>

namespace InvoiceDesk::Profiles {

// The rules a merchant profile must follow before it is stored: each problem names its field, so
// Settings can show it where staff type, and the store refuses a profile with any.
class ProfileValidator {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
public:
    // Vipps accepts an expiresAt at most 60 days ahead.
    static constexpr std::chrono::hours LongestExpiry{24 * 60};
    // Leaves room for "-<invoice number>-<attempt>" in a 64-character reference.
    static constexpr int LongestReferencePrefix = 32;

    static QList<ProfileProblem> problems(const Workflows::MerchantProfile& profile);
    static QString problemWith(const Workflows::MerchantProfile& profile, ProfileField field);

private:
    static QString whyBadLinkTemplate(const QString& linkTemplate);
    static QString whyBadReturnUrl(const QUrl& url);
};

} // namespace InvoiceDesk::Profiles
