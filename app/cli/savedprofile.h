// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/merchantprofile.h"

#include <QString>

#include <optional>

namespace InvoiceDesk::Cli {

// The merchant profile staff saved in Settings under a name, read from the settings file of the data
// directory (the same file the desktop application keeps). Only read: a script must never change what
// staff set up, so the file is never written from here.
class SavedProfile {
public:
    static std::optional<Workflows::MerchantProfile> read(const QString& settingsFile, const QString& name);
};

} // namespace InvoiceDesk::Cli
