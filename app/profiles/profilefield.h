// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk::Profiles {

// The fields of a merchant profile that staff edit, so that a validation problem can be shown next
// to the field it is about.
enum class ProfileField {
    Name,
    Environment,
    CustomBaseUrl,
    MerchantSerialNumber,
    SystemName,
    InvoiceLinkTemplate,
    ReturnUrl,
    ReferencePrefix,
    DefaultExpiry,
    MaximumExpiry,
};

struct ProfileProblem {
    ProfileField field;
    QString message; // for staff, translated

    friend bool operator==(const ProfileProblem&, const ProfileProblem&) = default;
};

} // namespace InvoiceDesk::Profiles
